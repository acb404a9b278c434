"use client";

import { LoaderCircle, Paperclip } from "lucide-react";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { MAX_IMAGE_BYTES } from "@/server/domain/chat/chat-image-limits";
import { uploadRefusal, uploadRefusalText, type UploadRefusal } from "./image-upload-refusal";
import { IconButton } from "@/components/ui/icon-button";

/**
 * Sends a picture into the chat. The server checks the content (png, jpg or webp up to
 * 5 MB and 50 megapixels) whatever the name says, and stores a clean copy without the photo's
 * metadata; the message arrives through the chat stream like any other.
 */
export function AttachImageButton({ chatId }: { chatId: string }) {
  const t = useTranslations();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"idle" | "uploading" | UploadRefusal>("idle");

  async function upload(file: File) {
    if (file.size > MAX_IMAGE_BYTES) return setState("rejected");
    setState("uploading");
    const form = new FormData();
    form.set("chatId", chatId);
    form.set("file", file);
    try {
      const response = await fetch("/api/chat/attachments", { method: "POST", body: form });
      setState((await uploadRefusal(response)) ?? "idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg,image/webp"
        className="sr-only"
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void upload(file);
        }}
      />
      <IconButton
        variant="secondary"
        onClick={() => input.current?.click()}
        disabled={state === "uploading"}
        label={t("chat.attachImage")}
        data-testid="attach-image"
      >
        {state === "uploading" ? <LoaderCircle className="size-5 animate-spin" /> : <Paperclip className="size-5" />}
      </IconButton>
      {state !== "idle" && state !== "uploading" && (
        <p role="alert" className="basis-full text-xs text-danger">
          {uploadRefusalText(state, t)}
        </p>
      )}
    </>
  );
}

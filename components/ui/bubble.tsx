import { cva, type VariantProps } from "class-variance-authority";

/**
 * A chat message's bubble. Who speaks sets the colour and the side: one's own on the right in the brand
 * colour, the other side's on the left, each speaker in its own tone; all keep 4.5:1 for their text in
 * both colour schemes. A message that did not go gets a danger ring.
 */
export const bubbleClasses = cva("rounded-2xl px-3 py-2 text-sm shadow-sm", {
  variants: {
    speaker: {
      own: "ml-auto max-w-[85%] rounded-br-sm bg-brand text-white",
      bot: "rounded-tl-sm bg-subtle text-ink ring-1 ring-line",
      operator: "rounded-tl-sm bg-success-soft text-ink ring-1 ring-success/30",
      subscriber: "rounded-tl-sm bg-surface text-ink ring-1 ring-line-soft",
    },
    failed: { true: "ring-2 ring-danger", false: "" },
  },
  defaultVariants: { speaker: "own", failed: false },
});

export type BubbleSpeaker = NonNullable<VariantProps<typeof bubbleClasses>["speaker"]>;

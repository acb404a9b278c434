// PDF files the subscriber downloads (receipts, statements), drawn with pdfkit. The font is DejaVu Sans from the
// `dejavu-fonts-ttf` package, embedded in every file: Cyrillic, Latin and "₽" without any font on the reader's side,
// and nothing fetched at run time.
import path from "node:path";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { Translate } from "@/i18n/translator";

// Resolved from the project root at run time, so the server bundle does not try to follow the font files.
const fromRoot = createRequire(path.join(process.cwd(), "package.json"));
const FONTS = {
  regular: fromRoot.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: fromRoot.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};

export type Pdf = PDFKit.PDFDocument;

/** A one-column A4 document drawn by `draw`, as bytes. */
export function renderPdf(info: { title: string; lang: string }, draw: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, lang: info.lang, info: { Title: info.title } });
  doc.registerFont("regular", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  doc.font("regular").fontSize(11);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  draw(doc);
  doc.end();
  return done;
}

export function heading(doc: Pdf, text: string, size = 16): void {
  doc.font("bold").fontSize(size).text(text).moveDown(0.5).font("regular").fontSize(11);
}

/** A label on the left and a figure aligned to the right edge, on one line. */
export function figureRow(doc: Pdf, label: string, figure: string, bold = false): void {
  const y = doc.y;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font(bold ? "bold" : "regular");
  doc.text(label, doc.page.margins.left, y, { width: width - 140 });
  const after = doc.y;
  doc.text(figure, doc.page.margins.left + width - 140, y, { width: 140, align: "right" });
  // Back to the left margin at the lower of the two, so the next line spans the page again.
  doc.x = doc.page.margins.left;
  doc.y = Math.max(after, doc.y);
  doc.font("regular");
}

/** The brand line above the title, as every file the subscriber downloads starts. */
export function brandLine(doc: Pdf, t: Translate): void {
  doc.fontSize(10).fillColor("#555555").text(t("app.name")).fillColor("black").fontSize(11).moveDown();
}

/** Whose account the file is about: name, account number, phone. */
export function accountLines(
  doc: Pdf,
  t: Translate,
  account: { fullName: string; accountNumber: string; phone: string },
) {
  doc.text(t("statements.subscriber", { name: account.fullName }));
  doc.text(t("statements.accountNumber", { accountNumber: account.accountNumber }));
  doc.text(t("statements.phone", { phone: account.phone }));
}

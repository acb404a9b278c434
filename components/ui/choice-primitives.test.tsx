import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { bubbleClasses } from "./bubble";
import { buttonClasses } from "./button";
import { RadioChip, ToggleChip, chipClasses } from "./chip";
import { IconButton } from "./icon-button";
import { ProportionBar } from "./proportion-bar";

const classesOf = (value: string) => value.split(" ");

describe("IconButton", () => {
  it("is named and titled by its label, and its icon is hidden from screen readers", () => {
    const html = renderToStaticMarkup(
      <IconButton label="Прикрепить изображение">
        <svg />
      </IconButton>,
    );
    expect(html).toMatch(/^<button type="button" aria-label="Прикрепить изображение" title="Прикрепить изображение"/);
    expect(html).toContain('<span aria-hidden="true" class="contents"><svg></svg></span>');
  });

  it("draws over a picture with a dark round backing", () => {
    const html = renderToStaticMarkup(
      <IconButton label="Скрыть" variant="overlay">
        <svg />
      </IconButton>,
    );
    expect(html).toContain("rounded-full");
    expect(html).toContain("bg-black/30");
  });
});

describe("chips", () => {
  it("a toggle chip says whether it is on, and the chosen one is filled", () => {
    const on = renderToStaticMarkup(<ToggleChip pressed>500 ₽</ToggleChip>);
    const off = renderToStaticMarkup(<ToggleChip pressed={false}>1 000 ₽</ToggleChip>);
    expect(on).toContain('aria-pressed="true"');
    expect(off).toContain('aria-pressed="false"');
    expect(on).toContain("bg-brand ");
    expect(off).not.toContain("bg-brand ");
  });

  it("a radio chip keeps a real radio inside its label", () => {
    const html = renderToStaticMarkup(
      <RadioChip name="nps" value={9} checked onChange={() => {}} shape="cell">
        9
      </RadioChip>,
    );
    expect(html).toMatch(/^<label class="[^"]*rounded-control[^"]*">/);
    expect(html).toContain('<input type="radio" class="sr-only" name="nps" checked="" value="9"/>9</label>');
  });

  it("shows keyboard focus on the chip around a hidden radio", () => {
    expect(classesOf(chipClasses())).toContain("has-[:focus-visible]:outline-2");
  });
});

describe("bubbleClasses", () => {
  it("puts one's own message on the right in the brand colour and the others' on the left in their tone", () => {
    expect(classesOf(bubbleClasses())).toEqual(expect.arrayContaining(["ml-auto", "bg-brand", "text-white"]));
    expect(classesOf(bubbleClasses({ speaker: "bot" }))).toEqual(expect.arrayContaining(["bg-subtle", "text-ink"]));
    expect(classesOf(bubbleClasses({ speaker: "operator" }))).toContain("bg-success-soft");
    expect(classesOf(bubbleClasses({ failed: true }))).toContain("ring-danger");
  });
});

describe("Button inverse", () => {
  it("stays white with dark brand text on a brand panel in either colour scheme", () => {
    expect(classesOf(buttonClasses({ variant: "inverse" }))).toEqual(
      expect.arrayContaining(["bg-white", "text-brand-800"]),
    );
  });
});

describe("ProportionBar", () => {
  it("is as long as its share, never past the row, and hidden from screen readers", () => {
    expect(renderToStaticMarkup(<ProportionBar share={0.25} />)).toContain("width:25%");
    expect(renderToStaticMarkup(<ProportionBar share={3} />)).toContain("width:100%");
    expect(renderToStaticMarkup(<ProportionBar share={0} />)).toContain('aria-hidden="true"');
  });
});

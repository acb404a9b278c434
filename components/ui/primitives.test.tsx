import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Badge, badgeClasses } from "./badge";
import { Button, buttonClasses } from "./button";
import { Card } from "./card";
import { cn } from "./cn";
import { Field, Input } from "./field";
import { noticeClasses } from "./notice";
import { tabClasses } from "./tabs";

const classesOf = (value: string) => value.split(" ");

describe("buttonClasses", () => {
  it("is a medium primary button by default", () => {
    expect(classesOf(buttonClasses())).toEqual(expect.arrayContaining(["bg-brand", "text-white", "px-4", "py-2"]));
  });

  it.each([
    ["secondary", "border-line"],
    ["danger", "bg-danger"],
    ["outline", "border-brand"],
    ["danger-outline", "text-danger"],
    ["ghost", "hover:bg-brand-soft"],
    ["link", "hover:underline"],
  ] as const)("gives the %s variant its own look", (variant, expected) => {
    const classes = classesOf(buttonClasses({ variant }));
    expect(classes).toContain(expected);
    expect(classes).not.toContain("bg-brand");
  });

  it("sizes a button small or large and keeps a link boxless", () => {
    expect(classesOf(buttonClasses({ size: "lg" }))).toEqual(expect.arrayContaining(["px-5", "text-base"]));
    expect(classesOf(buttonClasses({ size: "sm" }))).toEqual(expect.arrayContaining(["px-3", "py-1.5", "text-sm"]));
    expect(classesOf(buttonClasses({ variant: "link" }))).toContain("p-0");
  });

  it("lets a caller's class win over the variant's and defaults to type=button", () => {
    const html = renderToStaticMarkup(<Button className="w-full px-5">Пополнить</Button>);
    expect(html).toContain('type="button"');
    expect(html).toContain("px-5");
    expect(html).not.toContain("px-4");
    expect(html).toContain("w-full");
  });
});

describe("cn", () => {
  it("knows the theme's type scale and radii", () => {
    expect(cn("text-figure", "text-ink")).toBe("text-figure text-ink");
    expect(cn("rounded-card", "rounded-full")).toBe("rounded-full");
    expect(cn("p-card", "p-2")).toBe("p-2");
  });
});

describe("Badge and Card", () => {
  it.each([
    ["neutral", "bg-subtle"],
    ["success", "text-success"],
    ["warning", "text-warning"],
    ["danger", "text-danger"],
    ["brand", "text-brand-ink"],
  ] as const)("colours a %s badge", (tone, expected) => {
    expect(classesOf(badgeClasses({ tone }))).toContain(expected);
    expect(renderToStaticMarkup(<Badge tone={tone}>x</Badge>)).toContain(expected);
  });

  it("renders a card as the element asked for", () => {
    const html = renderToStaticMarkup(
      <Card as="section" padding="sm" aria-label="Баланс">
        x
      </Card>,
    );
    expect(html).toMatch(/^<section /);
    expect(html).toContain("p-card-sm");
    expect(html).toContain('aria-label="Баланс"');
  });
});

describe("Field", () => {
  const render = (props: { hint?: string; error?: string }) =>
    renderToStaticMarkup(
      <Field id="amount" label="Сумма" {...props}>
        {(control) => <Input name="amount" {...control} />}
      </Field>,
    );

  it("labels the control and describes it by its hint", () => {
    const html = render({ hint: "От 10 ₽" });
    expect(html).toContain('<label for="amount"');
    expect(html).toContain('aria-describedby="amount-hint"');
    expect(html).toContain('id="amount-hint"');
    expect(html).not.toContain("aria-invalid=");
  });

  it("marks the control invalid and describes it by the hint and the error", () => {
    const html = render({ hint: "От 10 ₽", error: "Слишком мало" });
    expect(html).toContain('aria-describedby="amount-hint amount-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('id="amount-error"');
  });

  it("describes nothing when there is neither hint nor error", () => {
    expect(render({})).not.toContain("aria-describedby");
  });

  it("makes an id when none is given", () => {
    const html = renderToStaticMarkup(
      <Field label="Имя" error="Нужно имя">
        {(control) => <Input {...control} />}
      </Field>,
    );
    const id = /<input[^>]* id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
    expect(html).toContain(`aria-describedby="${id}-error"`);
  });
});

describe("noticeClasses", () => {
  it.each([
    ["info", "bg-brand-soft"],
    ["success", "bg-success-soft"],
    ["warning", "bg-warning-soft"],
    ["danger", "bg-danger-soft"],
  ] as const)("gives a %s notice its background", (tone, expected) => {
    expect(classesOf(noticeClasses({ tone }))).toContain(expected);
  });
});

describe("tabClasses", () => {
  it("fills only the current tab", () => {
    expect(classesOf(tabClasses({ current: true }))).toContain("bg-brand");
    expect(classesOf(tabClasses({ current: false }))).not.toContain("bg-brand");
    expect(classesOf(tabClasses())).toContain("bg-surface");
  });
});

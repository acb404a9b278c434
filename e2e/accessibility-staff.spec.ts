import { expect, test } from "@playwright/test";
import { expectAccessiblePages, seriousViolations } from "./axe";
import { demo, leaveWorkspaceOffline, signedIn, staffPage, trpcPost } from "./support";

// Each test walks several pages and runs axe on each: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

const supervisor = { email: "supervisor@demo.local", password: "supervisor-demo" };

test("the operator's pages have no serious accessibility violations @phone", async ({ page }) => {
  await signedIn(page, demo.operator.email, demo.operator.password, /\/admin$/);
  try {
    await expectAccessiblePages(page, ["/admin", "/admin/workspace"]);
  } finally {
    await leaveWorkspaceOffline(page);
  }
});

test("the supervisor's pages have no serious accessibility violations @phone", async ({ page }) => {
  await signedIn(page, supervisor.email, supervisor.password, /\/admin$/);
  try {
    await expectAccessiblePages(page, [
      "/admin",
      "/admin/metrics",
      "/admin/follow-ups",
      "/admin/collections",
      "/admin/workspace",
    ]);
  } finally {
    await leaveWorkspaceOffline(page);
  }
});

test("the admin's and the marketer's pages have no serious accessibility violations @phone", async ({
  page,
  browser,
}) => {
  await signedIn(page, demo.admin.email, demo.admin.password, /\/admin$/);
  await expectAccessiblePages(page, ["/admin", "/admin/staff"]);
  await page.getByRole("button", { name: "Новый сотрудник" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page, "/admin/staff: new staff dialog")).toEqual([]);
  // A taken e-mail is the e-mail field's error: under it, read with it, and the dialog stays accessible.
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("ФИО").fill("Проверка Занятого Адреса");
  await dialog.getByLabel("E-mail (логин)").fill(demo.operator.email);
  await dialog.getByLabel("Начальный пароль").fill("long-enough-password-1");
  await dialog.getByRole("checkbox", { name: "Оператор" }).check();
  await dialog.getByRole("button", { name: "Создать" }).click();
  const email = dialog.getByLabel("E-mail (логин)");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Сотрудник с таким e-mail уже есть.");
  expect(await seriousViolations(page, "/admin/staff: e-mail taken")).toEqual([]);
  await page.keyboard.press("Escape");

  // The demo has no banners: a draft (shown to nobody) gives the edit page something to edit.
  const marketer = await staffPage(browser, demo.marketer);
  const now = Date.now();
  const draft = await trpcPost<{ id: string }>(marketer, "banners.create", {
    input: {
      title: `Проверка доступности ${now.toString(36)}`,
      text: "Черновик для проверки страницы.",
      ctaLabel: "Подробнее",
      topic: "Проверка",
      placement: "LANDING_HERO",
      audience: { kind: "VISITORS" },
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now + 86_400_000).toISOString(),
      priority: 0,
    },
    dates: ["startsAt", "endsAt"],
  });
  try {
    await expectAccessiblePages(marketer, [
      "/admin",
      "/admin/banners",
      `/admin/banners/${draft.id}`,
      "/admin/banners/new",
      "/admin/banners/funnel",
    ]);
  } finally {
    await trpcPost(marketer, "banners.setStatus", { input: { bannerId: draft.id, action: "archive" } });
    await marketer.context().close();
  }
});

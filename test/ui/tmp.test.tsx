import { test } from "@jest/globals";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { goalWorkbook, HEADERS_004, idle, renderPane, ROWS_004 } from "./support";
test("x", async () => {
  const user = userEvent.setup();
  const rows = ROWS_004.map((r, i) => [...r, i === 0 ? "Godkendt af KKR" : null]);
  const { container } = { container: document.body };
  renderPane(goalWorkbook(rows, [...HEADERS_004, "Status"]));
  await idle();
  const calc = screen.getByRole("button", { name: "Beregn" });
  await user.click(calc);
  console.log("active before dialog", document.activeElement === calc);
  const dialog = await screen.findByRole("alertdialog", undefined, { timeout: 10000 });
  await user.click(within(dialog).getByRole("button", { name: "Annuller" }));
  for (const ms of [0, 50, 500, 1500]) {
    await new Promise((r) => setTimeout(r, ms));
    const hidden = [...container.querySelectorAll("[aria-hidden=true]")].filter((e) => e.tagName === "DIV").map((e) => e.className.toString().slice(0, 25) || "(div)");
    console.log(ms, hidden, document.activeElement?.textContent?.slice(0, 30), !!screen.queryByRole("alertdialog"));
  }
});

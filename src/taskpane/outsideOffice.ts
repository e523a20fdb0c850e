/* global document, HTMLElement */
// What the page says when it is not running inside Excel (opened in a plain browser, or in another Office app):
// one sentence, in Danish and English, and where to try the add-in without Excel. Plain DOM: no Office, no React.

/** The workbench page, served next to the task pane (webpack entry "workbench"). */
export const WORKBENCH_URL = "workbench.html";

export function renderOutsideOffice(element: HTMLElement): void {
  element.replaceChildren();
  const paragraph = (lang: string, before: string, link: string, after: string) => {
    const p = document.createElement("p");
    p.lang = lang;
    p.append(before);
    const a = document.createElement("a");
    a.href = WORKBENCH_URL;
    a.textContent = link;
    p.append(a, after);
    return p;
  };
  const main = document.createElement("main");
  main.setAttribute("data-outside-office", "");
  main.style.cssText =
    "font-family: 'Segoe UI', system-ui, sans-serif; padding: 16px; max-width: 40em; line-height: 1.4";
  main.append(
    paragraph(
      "da",
      "Målopfyldelse er et tilføjelsesprogram til Excel og skal åbnes fra Excel (Hjem › Målopfyldelse); uden Excel kan du prøve det i ",
      "workbench",
      "."
    ),
    paragraph(
      "en",
      "Målopfyldelse is an Excel add-in and must be opened from Excel (Home › Målopfyldelse); to try it without Excel, open the ",
      "workbench",
      "."
    )
  );
  element.append(main);
}

// A streaming scanner for the few XML elements the pre-flight check reads: it is fed the text of one part piece by
// piece and reports start tags (local name and raw attribute text) and the text of elements it is asked for. It
// keeps only an unfinished tag between pieces, so memory stays bounded whatever the part's size. It is no XML
// parser: ExcelJS parses the file afterwards; this only has to see every element ExcelJS will act on.
import { WorkbookRefusedError } from "./refusal";

export interface XmlHandler {
  /** A start (or empty) tag. `name` is the local name (prefix removed); `attrs` the raw attribute text. */
  open(name: string, attrs: string): void;
  /** An end tag, or the end of an empty tag. */
  close?(name: string): void;
  /** Local names whose text content is wanted (kept up to `maxTextLength` characters). */
  textOf?: ReadonlySet<string>;
  text?(name: string, text: string): void;
}

/** The longest tag or wanted text kept across pieces: far above anything Excel writes (a formula is at most 8,192
 * characters), far below what could exhaust memory. */
const MAX_PENDING = 1 << 20;

export class XmlScanner {
  private pending = "";
  private decoder = new TextDecoder("utf-8");
  private capturing: string | null = null;
  private captured = "";
  private skipUntil: string | null = null;

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string
  ) {}

  pushBytes(bytes: Uint8Array): void {
    this.push(this.decoder.decode(bytes, { stream: true }));
  }

  end(): void {
    this.push(this.decoder.decode());
    if (this.capturing !== null || this.skipUntil !== null || this.pending.trim().startsWith("<"))
      this.malformed("the part ends inside an element", "delen slutter midt i et element");
  }

  private push(chunk: string): void {
    const s = this.pending + chunk;
    let i = 0;
    for (;;) {
      if (this.skipUntil !== null) {
        const close = s.indexOf(this.skipUntil, i);
        if (close < 0) {
          // Keep enough to find the terminator when it is split between pieces.
          i = Math.max(i, s.length - this.skipUntil.length);
          break;
        }
        i = close + this.skipUntil.length;
        this.skipUntil = null;
        continue;
      }
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        if (this.capturing !== null) this.capture(s.slice(i));
        i = s.length;
        break;
      }
      if (this.capturing !== null) this.capture(s.slice(i, lt));
      // Comments, CDATA and processing instructions may hold '>' and '<'; skip to their own end.
      if (s.startsWith("<!--", lt)) {
        this.skipUntil = "-->";
        i = lt + 4;
        continue;
      }
      if (s.startsWith("<![CDATA[", lt)) {
        if (this.capturing !== null) {
          const close = s.indexOf("]]>", lt);
          if (close < 0) {
            i = lt;
            break;
          }
          this.capture(s.slice(lt + 9, close));
          i = close + 3;
          continue;
        }
        this.skipUntil = "]]>";
        i = lt + 9;
        continue;
      }
      if (s.startsWith("<?", lt)) {
        this.skipUntil = "?>";
        i = lt + 2;
        continue;
      }
      if (lt + 9 > s.length && "<!DOCTYPE".startsWith(s.slice(lt, lt + 9))) {
        i = lt;
        break;
      }
      if (s.startsWith("<!DOCTYPE", lt)) {
        // OOXML parts never declare a DTD; one here could only be an entity-expansion attack on the parser.
        throw new WorkbookRefusedError({
          code: "xml-doctype",
          part: this.part,
          da: `'${this.part}' indeholder en DOCTYPE-erklæring, som en Excel-arbejdsbog aldrig har.`,
          en: `'${this.part}' holds a DOCTYPE declaration, which an Excel workbook never has.`,
        });
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) {
        i = lt;
        break;
      }
      this.tag(s.slice(lt + 1, gt));
      i = gt + 1;
    }
    this.pending = s.slice(i);
    if (this.pending.length > MAX_PENDING)
      this.malformed(
        `an element is longer than ${MAX_PENDING} characters`,
        `et element er længere end ${MAX_PENDING} tegn`
      );
  }

  private tag(body: string): void {
    if (body.startsWith("/")) {
      const name = localName(body.slice(1).trim());
      this.handler.close?.(name);
      if (this.capturing !== null) {
        if (name === this.capturing) {
          this.handler.text?.(name, decodeEntities(this.captured));
          this.capturing = null;
          this.captured = "";
        }
      }
      return;
    }
    const selfClosing = body.endsWith("/");
    const inner = selfClosing ? body.slice(0, -1) : body;
    const space = inner.search(/[\s]/);
    const qname = space < 0 ? inner : inner.slice(0, space);
    const name = localName(qname);
    this.handler.open(name, space < 0 ? "" : inner.slice(space));
    if (selfClosing) this.handler.close?.(name);
    if (!selfClosing && this.capturing === null && this.handler.textOf?.has(name)) {
      this.capturing = name;
      this.captured = "";
    }
  }

  private capture(text: string): void {
    this.captured += text;
    if (this.captured.length > MAX_PENDING)
      this.malformed(
        `an element's text is longer than ${MAX_PENDING} characters`,
        `et elements tekst er længere end ${MAX_PENDING} tegn`
      );
  }

  private malformed(en: string, da: string): never {
    throw new WorkbookRefusedError({
      code: "xml-malformed",
      part: this.part,
      da: `'${this.part}' er ikke gyldig XML: ${da}.`,
      en: `'${this.part}' is not valid XML: ${en}.`,
    });
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The '>' that ends a tag, skipping quoted attribute values (XML allows '>' inside them); -1 if not in `s`. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let j = from; j < s.length; j++) {
    const ch = s.charCodeAt(j);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 0x22 || ch === 0x27) {
      quote = ch;
    } else if (ch === 0x3e) {
      return j;
    }
  }
  return -1;
}

const isSpace = (ch: number) => ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;

/** The value of an attribute in a tag's raw attribute text, by its exact (qualified) name as ExcelJS reads it
 * (`node.attributes.r`, `node.attributes["r:id"]`), entities decoded. The text is read name by name, so a name
 * inside another attribute's value is never taken for an attribute. */
export function attribute(attrs: string, name: string): string | undefined {
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && !isSpace(attrs.charCodeAt(i)) && attrs.charCodeAt(i) !== 0x3d) i++;
    const found = attrs.slice(nameStart, i);
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (i >= n || attrs.charCodeAt(i) !== 0x3d) return undefined; // not name="value": malformed, or the end
    i++;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const quote = attrs.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) return undefined;
    const close = attrs.indexOf(quote === 0x22 ? '"' : "'", i + 1);
    if (close < 0) return undefined;
    if (found === name) {
      const raw = attrs.slice(i + 1, close);
      return raw.includes("&") ? decodeEntities(raw) : raw;
    }
    i = close + 1;
  }
  return undefined;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
      }
    }
  });
}

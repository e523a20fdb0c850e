// A small namespace-aware XML reader for the manifest's semantic checks (the XSD check runs first, in xmllint).
// Enough for an add-in manifest: declaration, comments, elements, attributes, text and the five entities.

export interface XmlElement {
  /** Namespace URI ("" for none). */
  ns: string;
  /** Local name, e.g. "Set". */
  name: string;
  /** Attributes by their name as written ("DefaultValue", "xsi:type"). */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Namespace declarations in scope (prefix → URI; "" is the default namespace). */
  scope: Record<string, string>;
  line: number;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      );
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()] as string;
  });
}

export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const lineAt = (pos: number) => source.slice(0, pos).split("\n").length;
  while (i < source.length) {
    if (source.startsWith("<?", i)) {
      i = source.indexOf("?>", i) + 2;
    } else if (source.startsWith("<!--", i)) {
      const end = source.indexOf("-->", i);
      if (end < 0) throw new Error(`Unclosed comment at line ${lineAt(i)}`);
      i = end + 3;
    } else if (source.startsWith("</", i)) {
      const end = source.indexOf(">", i);
      const qname = source.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || qname.split(":").pop() !== open.name)
        throw new Error(`Mismatched </${qname}> at line ${lineAt(i)}`);
      i = end + 1;
    } else if (source[i] === "<") {
      const end = source.indexOf(">", i);
      if (end < 0) throw new Error(`Unclosed tag at line ${lineAt(i)}`);
      let body = source.slice(i + 1, end);
      const selfClosing = body.endsWith("/");
      if (selfClosing) body = body.slice(0, -1);
      const qname = /^[^\s/>]+/.exec(body)?.[0] ?? "";
      const attributes: Record<string, string> = {};
      for (const m of body.slice(qname.length).matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
        attributes[m[1]] = decode(m[3] ?? m[4] ?? "");
      }
      const parent = stack[stack.length - 1];
      const scope = { ...(parent?.scope ?? {}) };
      for (const [k, v] of Object.entries(attributes)) {
        if (k === "xmlns") scope[""] = v;
        else if (k.startsWith("xmlns:")) scope[k.slice(6)] = v;
      }
      const [prefix, local] = qname.includes(":") ? qname.split(":") : ["", qname];
      const element: XmlElement = {
        ns: scope[prefix] ?? "",
        name: local,
        attributes,
        children: [],
        text: "",
        scope,
        line: lineAt(i),
      };
      if (parent) parent.children.push(element);
      else if (!root) root = element;
      else throw new Error("More than one root element");
      if (!selfClosing) stack.push(element);
      i = end + 1;
    } else {
      const next = source.indexOf("<", i);
      const text = source.slice(i, next < 0 ? source.length : next);
      if (stack.length > 0) stack[stack.length - 1].text += decode(text);
      i = next < 0 ? source.length : next;
    }
  }
  if (!root || stack.length > 0) throw new Error("Incomplete document");
  return root;
}

/** Every element below (and including) `root`, in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The child elements named `name` (local name), optionally in namespace `ns`. */
export function children(e: XmlElement | undefined, name: string, ns?: string): XmlElement[] {
  return (e?.children ?? []).filter((c) => c.name === name && (ns === undefined || c.ns === ns));
}

export function child(
  e: XmlElement | undefined,
  name: string,
  ns?: string
): XmlElement | undefined {
  return children(e, name, ns)[0];
}

// Reads the server files the build writes (_headers, nginx, Apache .htaccess)
// back into plain data, the way each server would: quoted values unescaped,
// blocks nested. A file these readers cannot read would not load on the server.

export type Field = [name: string, value: string];

/** _headers: "path" lines, each followed by indented "Name: value" lines. */
export function readHeadersFile(text: string): Map<string, Field[]> {
  const rules = new Map<string, Field[]>();
  let current: Field[] | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+): (.*)$/.exec(line);
    if (!m || !current) throw new Error(`_headers: rad som inte går att läsa: ${JSON.stringify(line)}`);
    current.push([m[1], m[2]]);
  }
  return rules;
}

export interface NginxDirective {
  name: string;
  args: string[];
  block?: NginxDirective[];
}

/** nginx's own tokens: words, "quoted" strings (\" and \\ unescaped), { } ; and # comments. */
function nginxTokens(text: string): { kind: 'word' | 'punct'; value: string }[] {
  const tokens: { kind: 'word' | 'punct'; value: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) i++;
    else if (ch === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (ch === '{' || ch === '}' || ch === ';') {
      tokens.push({ kind: 'punct', value: ch });
      i++;
    } else if (ch === '"' || ch === "'") {
      let value = '';
      i++;
      while (text[i] !== ch) {
        if (i >= text.length) throw new Error('nginx: citattecken som aldrig stängs');
        if (text[i] === '\\' && (text[i + 1] === ch || text[i + 1] === '\\')) i++;
        value += text[i++];
      }
      i++;
      tokens.push({ kind: 'word', value });
    } else {
      let value = '';
      while (i < text.length && !/[\s{};]/.test(text[i])) value += text[i++];
      tokens.push({ kind: 'word', value });
    }
  }
  return tokens;
}

export function readNginx(text: string): NginxDirective[] {
  const tokens = nginxTokens(text);
  let at = 0;
  const readBlock = (inner: boolean): NginxDirective[] => {
    const out: NginxDirective[] = [];
    while (at < tokens.length) {
      const first = tokens[at];
      if (first.kind === 'punct' && first.value === '}') {
        if (!inner) throw new Error('nginx: } utan {');
        at++;
        return out;
      }
      if (first.kind !== 'word') throw new Error(`nginx: väntade ett direktiv, fick ${first.value}`);
      const args: string[] = [];
      at++;
      while (at < tokens.length && tokens[at].kind === 'word') args.push(tokens[at++].value);
      const end = tokens[at++];
      if (!end) throw new Error(`nginx: ${first.value} slutar inte med ; eller {`);
      if (end.value === ';') out.push({ name: first.value, args });
      else if (end.value === '{') out.push({ name: first.value, args, block: readBlock(true) });
      else throw new Error(`nginx: ${first.value} följs av }`);
    }
    if (inner) throw new Error('nginx: { som aldrig stängs');
    return out;
  };
  return readBlock(false);
}

/** Every directive, depth first, with the location it stands in. */
export function nginxWalk(directives: NginxDirective[], location = ''): { directive: NginxDirective; location: string }[] {
  return directives.flatMap((d) => [{ directive: d, location }, ...(d.block ? nginxWalk(d.block, d.name === 'location' ? d.args.join(' ') : location) : [])]);
}

export interface ApacheNode {
  name: string;
  args: string[];
  line: number;
  children?: ApacheNode[];
}

/** Apache's argument splitting: words, or "quoted" with \" unescaped (a backslash before anything else stays). */
function apacheArgs(text: string, line: number): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) {
      i++;
      continue;
    }
    let value = '';
    if (text[i] === '"') {
      i++;
      while (text[i] !== '"') {
        if (i >= text.length) throw new Error(`Apache, rad ${line}: citattecken som aldrig stängs`);
        if (text[i] === '\\' && text[i + 1] === '"') i++;
        value += text[i++];
      }
      i++;
      if (i < text.length && !/\s/.test(text[i])) throw new Error(`Apache, rad ${line}: text direkt efter ett citat`);
    } else while (i < text.length && !/\s/.test(text[i])) value += text[i++];
    args.push(value);
  }
  return args;
}

export function readApache(text: string): ApacheNode[] {
  const root: ApacheNode[] = [];
  const stack: ApacheNode[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) return;
    if (raw.endsWith('\\')) throw new Error(`Apache, rad ${line}: fortsättningsrad`);
    const into = stack.length ? stack[stack.length - 1].children! : root;
    const close = /^<\/([A-Za-z]+)>$/.exec(t);
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== close[1]) throw new Error(`Apache, rad ${line}: </${close[1]}> stänger ${open ? `<${open.name}>` : 'ingenting'}`);
      return;
    }
    const section = /^<([A-Za-z]+)\s+(.*)>$/.exec(t);
    if (section) {
      const node: ApacheNode = { name: section[1], args: apacheArgs(section[2], line), line, children: [] };
      into.push(node);
      stack.push(node);
      return;
    }
    const m = /^([A-Za-z]+)\s*(.*)$/.exec(t);
    if (!m) throw new Error(`Apache, rad ${line}: inget direktiv: ${JSON.stringify(t)}`);
    into.push({ name: m[1], args: apacheArgs(m[2], line), line });
  });
  if (stack.length) throw new Error(`Apache: <${stack[stack.length - 1].name}> stängs aldrig`);
  return root;
}

export function apacheWalk(nodes: ApacheNode[], within: ApacheNode[] = []): { node: ApacheNode; within: ApacheNode[] }[] {
  return nodes.flatMap((node) => [{ node, within }, ...(node.children ? apacheWalk(node.children, [...within, node]) : [])]);
}

/** A Header value as mod_headers reads it: %% is a percent sign. */
export const apacheHeaderValue = (arg: string) => arg.replace(/%%/g, '%');

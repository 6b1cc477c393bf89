/**
 * The part of the Azure Tables OData filter language the repositories write: comparisons
 * (`eq ne gt ge lt le`) of a property with a string, number or boolean literal, joined by
 * `and`, `or`, `not` and parentheses. Anything else (datetime'…', guid'…', arithmetic,
 * functions) throws, so a repository that starts using it fails loudly in the fast tests
 * instead of being answered wrongly.
 *
 * As in the service, a comparison with a property the entity does not have, or of a different
 * type than the literal, is false, whatever the operator (so `kind ne 'x'` skips rows with no
 * `kind`). Strings compare by UTF-16 code unit, as the service's ordinal comparison does.
 */
export type FilterValue = string | number | boolean;
export type FilterRow = (property: string) => FilterValue | undefined;
export type Filter = (row: FilterRow) => boolean;

type Token =
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "literal"; readonly value: FilterValue }
  | { readonly kind: "open" | "close" };

const COMPARISONS = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);

export function parseFilter(source: string): Filter {
  const tokens = tokenize(source);
  let at = 0;
  const peekWord = (): string | undefined => {
    const token = tokens[at];
    return token?.kind === "word" ? token.text : undefined;
  };
  const fail = (what: string): never => {
    throw new SyntaxError(`Unsupported filter (${what}): ${source}`);
  };

  function orExpression(): Filter {
    let left = andExpression();
    while (peekWord() === "or") {
      at++;
      const a = left;
      const b = andExpression();
      left = (row) => a(row) || b(row);
    }
    return left;
  }

  function andExpression(): Filter {
    let left = unary();
    while (peekWord() === "and") {
      at++;
      const a = left;
      const b = unary();
      left = (row) => a(row) && b(row);
    }
    return left;
  }

  function unary(): Filter {
    if (peekWord() === "not") {
      at++;
      const inner = unary();
      return (row) => !inner(row);
    }
    const token = tokens[at];
    if (token?.kind === "open") {
      at++;
      const inner = orExpression();
      if (tokens[at]?.kind !== "close") fail("missing ')'");
      at++;
      return inner;
    }
    return comparison();
  }

  function comparison(): Filter {
    const left = tokens[at++];
    const operator = peekWord();
    at++;
    const right = tokens[at++];
    if (!left || !right || !operator || !COMPARISONS.has(operator)) return fail("expected a comparison");
    const lhs = operand(left);
    const rhs = operand(right);
    return (row) => compare(lhs(row), operator, rhs(row));
  }

  function operand(token: Token): (row: FilterRow) => FilterValue | undefined {
    if (token.kind === "literal") return () => token.value;
    if (token.kind === "word" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(token.text)) return (row) => row(token.text);
    return fail("expected a property or a literal");
  }

  const filter = orExpression();
  if (at !== tokens.length) fail("trailing tokens");
  return filter;
}

function compare(a: FilterValue | undefined, operator: string, b: FilterValue | undefined): boolean {
  if (a === undefined || b === undefined || typeof a !== typeof b) return false;
  // Same type from here on; booleans order false < true, as in the service.
  const x = a as string;
  const y = b as string;
  switch (operator) {
    case "eq":
      return x === y;
    case "ne":
      return x !== y;
    case "gt":
      return x > y;
    case "ge":
      return x >= y;
    case "lt":
      return x < y;
    default:
      return x <= y;
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")") {
      tokens.push({ kind: c === "(" ? "open" : "close" });
      i++;
    } else if (c === "'") {
      let text = "";
      for (i++; ; i++) {
        if (i >= source.length) throw new SyntaxError(`Unterminated string in filter: ${source}`);
        if (source[i] === "'") {
          if (source[i + 1] !== "'") break;
          i++;
        }
        text += source[i];
      }
      i++;
      tokens.push({ kind: "literal", value: text });
    } else {
      const word = /^[^\s()']+/.exec(source.slice(i))![0];
      i += word.length;
      if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?L?$/.test(word))
        tokens.push({ kind: "literal", value: Number(word.replace(/L$/, "")) });
      else if (word === "true" || word === "false") tokens.push({ kind: "literal", value: word === "true" });
      else if (source[i] === "'") throw new SyntaxError(`Unsupported typed literal ${word}'…' in filter: ${source}`);
      else tokens.push({ kind: "word", text: word });
    }
  }
  return tokens;
}

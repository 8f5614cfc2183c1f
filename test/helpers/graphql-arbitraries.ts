import fc from "fast-check";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";

// Operations drawn from the schema itself: selection sets over its types, arguments from their types.
// A new field, argument or enum value is fuzzed without touching this file.

/** Where scalar arguments come from: the fuzz test decides how hostile each pool is. */
export interface ValuePools {
  readonly ids: fc.Arbitrary<string>;
  readonly strings: fc.Arbitrary<string>;
  readonly ints: fc.Arbitrary<number>;
}

/** A GraphQL request as sent over HTTP. */
export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** One field with its argument values and sub-selection, printable inline or with variables. */
interface FieldCall {
  readonly field: GraphQLField<unknown, unknown>;
  readonly values: Record<string, unknown>;
  readonly aliased: boolean;
  readonly selection: string;
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

/** Short, stable suffix: the same field with the same arguments gets the same alias, so fragments merge. */
function digest(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i += 1) h = (h * 33) ^ text.charCodeAt(i);
  return (h >>> 0).toString(36);
}

/** A value as a GraphQL literal of `type` (enums bare, input objects by field type). */
export function printValue(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return "null";
  if (isNonNullType(type)) return printValue(value, type.ofType);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((v) => printValue(v, type.ofType)).join(", ")}]`;
  }
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${k}: ${printValue(v, fields[k]!.type)}`).join(", ")}}`;
  }
  return JSON.stringify(value);
}

function printArguments(
  values: Record<string, unknown>,
  args: readonly GraphQLArgument[],
  print: (arg: GraphQLArgument, value: unknown) => string,
): string {
  const parts = args.filter((a) => a.name in values).map((a) => `${a.name}: ${print(a, values[a.name])}`);
  return parts.length > 0 ? `(${parts.join(", ")})` : "";
}

function printCall(call: FieldCall, argumentText: string): string {
  const alias = argumentText || call.aliased ? `${call.field.name}_${digest(argumentText)}: ` : "";
  return `${alias}${call.field.name}${argumentText}${call.selection ? ` ${call.selection}` : ""}`;
}

const required = (arg: { type: GraphQLInputType; defaultValue?: unknown }): boolean =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

/** Generators of operations over one schema; selection sets are memoized per type and depth. */
export class OperationArbitraries {
  private readonly selections = new Map<string, fc.Arbitrary<string>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: ValuePools,
  ) {}

  /** A value of an input type; nullable positions are sometimes an explicit null. */
  value(type: GraphQLInputType): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.nonNullValue(type.ofType);
    return fc.option(this.nonNullValue(type), { freq: 8, nil: null });
  }

  private nonNullValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
    if (isListType(type)) return fc.array(this.value(type.ofType), { maxLength: 4 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) return this.inputObject(Object.values(type.getFields()));
    switch (getNamedType(type).name) {
      case "ID":
        return this.pools.ids;
      case "Int":
        return this.pools.ints;
      case "Float":
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case "Boolean":
        return fc.boolean();
      default:
        return this.pools.strings;
    }
  }

  /** Argument or input-object values: required ones always, optional ones sometimes. */
  private inputObject(
    fields: readonly { name: string; type: GraphQLInputType; defaultValue?: unknown }[],
  ): fc.Arbitrary<Record<string, unknown>> {
    const model = Object.fromEntries(fields.map((f) => [f.name, this.value(f.type)]));
    return fc.record(model, { requiredKeys: fields.filter(required).map((f) => f.name) });
  }

  private call(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<FieldCall> {
    const named = getNamedType(field.type);
    const selection = isLeafType(named) ? fc.constant("") : this.selectionSet(named as Composite, depth - 1);
    return fc
      .tuple(this.inputObject(field.args), selection, fc.boolean())
      .map(([values, sub, aliased]) => ({ field, values, aliased, selection: sub }));
  }

  private inline(call: FieldCall): string {
    return printCall(
      call,
      printArguments(call.values, call.field.args, (a, v) => printValue(v, a.type)),
    );
  }

  /** Some of a type's fields (only leaves at depth 0), and on an interface, inline fragments on its kinds. */
  selectionSet(type: Composite, depth: number): fc.Arbitrary<string> {
    const key = `${type.name}@${depth}`;
    const known = this.selections.get(key);
    if (known) return known;
    const fields = Object.values(type.getFields()).filter(
      (f) => depth > 0 || isLeafType(getNamedType(f.type)),
    );
    const pick = <T>(arb: fc.Arbitrary<T>, of: number) =>
      fc.oneof({ arbitrary: fc.constant(null), weight: Math.max(1, of - 3) }, { arbitrary: arb, weight: 3 });
    const fieldTexts = fields.map((f) =>
      pick(
        this.call(f, depth).map((c) => this.inline(c)),
        fields.length,
      ),
    );
    const kinds = isInterfaceType(type) ? this.schema.getPossibleTypes(type) : [];
    const fragments = kinds.map((kind) =>
      pick(
        this.selectionSet(kind, depth).map((s) => `... on ${kind.name} ${s}`),
        kinds.length,
      ),
    );
    const arbitrary = fc
      .tuple(fc.tuple(...fieldTexts), fc.tuple(...fragments), fc.boolean())
      .map(([picked, fragmentTexts, typename]) => {
        const parts = [...picked, ...fragmentTexts].filter((p): p is string => p !== null);
        if (typename || parts.length === 0) parts.push("__typename");
        return `{ ${parts.join(" ")} }`;
      });
    this.selections.set(key, arbitrary);
    return arbitrary;
  }

  private rootCalls(root: GraphQLObjectType, depth: number, max: number): fc.Arbitrary<FieldCall[]> {
    const calls = Object.values(root.getFields()).map((f) => this.call(f, depth));
    return fc
      .uniqueArray(fc.nat({ max: calls.length - 1 }), { minLength: 1, maxLength: max })
      .chain((picked) => fc.tuple(...picked.map((i) => calls[i]!)));
  }

  /** An operation on `root` (Query or Mutation): arguments inline, or all of them as typed variables. */
  operation(root: GraphQLObjectType, depth: number, maxRootFields: number): fc.Arbitrary<GraphqlRequest> {
    const keyword = root === this.schema.getMutationType() ? "mutation" : "query";
    return fc
      .tuple(this.rootCalls(root, depth, maxRootFields), fc.boolean(), fc.boolean())
      .map(([calls, asVariables, named]) => {
        if (!asVariables) {
          const body = calls.map((c) => this.inline(c)).join(" ");
          return {
            query: named || keyword === "mutation" ? `${keyword} Fuzz { ${body} }` : `{ ${body} }`,
            variables: {},
          };
        }
        const declarations: string[] = [];
        const variables: Record<string, unknown> = {};
        const body = calls.map((c) =>
          printCall(
            c,
            printArguments(c.values, c.field.args, (a, v) => {
              const name = `v${declarations.length}`;
              declarations.push(`$${name}: ${String(a.type)}`);
              variables[name] = v;
              return `$${name}`;
            }),
          ),
        );
        const signature = declarations.length > 0 ? `(${declarations.join(", ")})` : "";
        return { query: `${keyword} Fuzz${signature} { ${body.join(" ")} }`, variables };
      });
  }

  /** One root field of `root`, its arguments inline and only leaves selected: one write per request. */
  singleField(root: GraphQLObjectType): fc.Arbitrary<GraphqlRequest> {
    return this.operation(root, 0, 1);
  }

  /** Root fields that take arguments, for wrong-argument operations. */
  fieldsWithArguments(root: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
    return Object.values(root.getFields()).filter((f) => f.args.length > 0);
  }

  /** A call of `field` with valid arguments, printed with `override` replacing argument `argument`. */
  callWith(
    field: GraphQLField<unknown, unknown>,
    argument: GraphQLArgument,
    override: fc.Arbitrary<{ literal: string } | { variable: unknown }>,
  ): fc.Arbitrary<GraphqlRequest> {
    return fc.tuple(this.call(field, 1), override).map(([call, wrong]) => {
      const variables: Record<string, unknown> = {};
      const values = { ...call.values, [argument.name]: wrong };
      const text = printArguments(values, field.args, (a, v) => {
        if (a !== argument) return printValue(v, a.type);
        if ("literal" in wrong) return wrong.literal;
        variables.wrong = wrong.variable;
        return "$wrong";
      });
      const signature = "variable" in wrong ? `($wrong: ${String(argument.type)})` : "";
      return { query: `query Fuzz${signature} { ${printCall(call, text)} }`, variables };
    });
  }
}

/** Root types of a schema whose Query and Mutation types exist. */
export function rootTypes(schema: GraphQLSchema): { query: GraphQLObjectType; mutation: GraphQLObjectType } {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (!query || !mutation || !isObjectType(query))
    throw new Error("the schema has no Query or Mutation type");
  return { query, mutation };
}

import { Args, Ctx, Field, FieldResolver, Root } from "type-graphql";
import type { GraphqlContext } from "../context";

type FieldReturns = Parameters<typeof Field>[0];
type FieldOptions = Parameters<typeof Field>[1];
type ResolverReturns = NonNullable<Parameters<typeof FieldResolver>[0]>;
type ResolverOptions = Parameters<typeof FieldResolver>[1];
type ArgsClass = Parameters<typeof Args>[0];

/** What `@Field(returns, options) name!: T` declares, for a class built from the registry. */
export function defineField(
  target: abstract new () => object,
  name: string,
  returns: FieldReturns,
  options: FieldOptions,
): void {
  Field(returns, options)(target.prototype, name);
}

/** A class built from the registry to carry decorators: a resolver, an object or input type. */
export type GeneratedClass = new () => object;

/** The resolving function of a generated field: its root, the request's context and its page, if it has one. */
export type Resolve<TRoot, TArgs> = (root: TRoot, ctx: GraphqlContext, args: TArgs) => unknown;

/**
 * What a method `name(@Root() root, @Ctx() ctx, @Args(args) page)` under `@FieldResolver(returns, options)`
 * declares, for field names that come from the registry.
 */
export function defineFieldResolver<TRoot, TArgs>(
  resolverClass: GeneratedClass,
  name: string,
  returns: ResolverReturns,
  options: ResolverOptions,
  resolve: Resolve<TRoot, TArgs>,
  args?: ArgsClass,
): void {
  const prototype = resolverClass.prototype as object;
  const method: PropertyDescriptor = { value: resolve, writable: true, configurable: true };
  Object.defineProperty(prototype, name, method);
  FieldResolver(returns, options)(prototype, name, method);
  Root()(prototype, name, 0);
  Ctx()(prototype, name, 1);
  if (args) Args(args)(prototype, name, 2);
}

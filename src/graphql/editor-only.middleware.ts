import type { MiddlewareFn } from "type-graphql";
import { UnauthenticatedError } from "../model/errors";
import type { GraphqlContext } from "./context";

export const EditorOnly: MiddlewareFn<GraphqlContext> = ({ context }, next) => {
  if (!context.isEditor) {
    throw new UnauthenticatedError("mutations need an editor token: send Authorization: Bearer <token>");
  }
  return next();
};

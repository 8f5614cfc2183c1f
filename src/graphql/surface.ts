import { REGISTRY } from "../model/registry";
import { buildSurface } from "./surface/surface.factory";

/** The service's surface: the factories applied to the model registry. */
export const SURFACE = buildSurface(REGISTRY);

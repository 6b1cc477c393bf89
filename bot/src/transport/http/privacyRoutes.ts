import type { Server } from "restify";
import type { RouteContext } from "./routeContext";

export function registerPrivacyRoutes(_server: Server, _ctx: RouteContext): void {}

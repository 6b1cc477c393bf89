import type { Server } from "restify";
import type { RouteContext } from "./routeContext";

export function registerRecruitmentRoutes(_server: Server, _ctx: RouteContext): void {}

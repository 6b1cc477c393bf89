/** What GET /api/campaigns/<id>/outbox answers (bot/src/transport/http/recruitmentRoutes.ts). */
export interface OutboxCounts {
  readonly pending: number;
  readonly sent: number;
  readonly failed: number;
  readonly unreachable: number;
  readonly total: number;
}

export interface OutboxJobView {
  readonly jobId: string;
  readonly kind: string;
  readonly createdAt: string;
  readonly counts: OutboxCounts;
}

export interface OutboxFailure {
  readonly jobId: string;
  readonly kind: string;
  readonly name: string;
  readonly status: "failed" | "unreachable";
  readonly reason: string;
  readonly attempts: number;
  readonly at: string;
}

export interface OutboxView {
  readonly progress: OutboxCounts;
  readonly jobs: readonly OutboxJobView[];
  readonly failures: readonly OutboxFailure[];
}

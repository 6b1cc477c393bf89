import * as AC from "adaptivecards";

/**
 * Parses a card with Microsoft's `adaptivecards` library at schema 1.5, as Teams would, and returns
 * every parse or validation problem (unknown element, missing required property, duplicate ids...).
 * jest maps `adaptivecards` to its UMD build, which parses without a DOM.
 */
export function cardProblems(json: unknown): string[] {
  const problems: string[] = [];
  const card = json as { type?: unknown; version?: unknown };
  if (card.type !== "AdaptiveCard") problems.push(`type must be "AdaptiveCard", got ${String(card.type)}`);
  if (card.version !== "1.5") problems.push(`version must be "1.5" (Universal Actions), got ${String(card.version)}`);
  // Teams refuses bot messages over ~80 KB; a card near that size is a bug.
  const size = Buffer.byteLength(JSON.stringify(json));
  if (size > 40_000) problems.push(`card is ${size} bytes, too close to Teams' message limit`);

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(json as object, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

export function expectValidCard(json: unknown): void {
  const problems = cardProblems(json);
  if (problems.length > 0)
    throw new Error(`Invalid Adaptive Card:\n - ${problems.join("\n - ")}\n${JSON.stringify(json, null, 2)}`);
}

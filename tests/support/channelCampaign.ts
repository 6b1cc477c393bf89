import { executeInvoke } from "./recruitmentActivities";
import { channelMessage, type TeamsUser } from "./teamsActivities";
import type { TestServer } from "./testServer";

/** An invoke's answer must be a card: anything else means the step was refused. */
export function mustCard(res: { status: number; body: unknown }, what: string): void {
  const body = res.body as { type?: string };
  if (res.status !== 200 || body?.type !== "application/vnd.microsoft.card.adaptive")
    throw new Error(`${what}: expected a card, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
}

/**
 * A campaign as its coordinator creates it in the service's channel: « nouvelle campagne », then the
 * form the bot answers with, filled in (`fields` as the card's inputs send them). Returns its id.
 */
export async function createCampaignInChannel(
  server: TestServer,
  coordinator: TeamsUser,
  fields: Record<string, string>,
): Promise<string> {
  const serviceUrl = server.connector.url;
  const ask = channelMessage({ serviceUrl, from: coordinator, text: "nouvelle campagne", locale: "fr-FR" });
  const asked = await server.postActivity(ask);
  if (asked.status !== 200) throw new Error(`« nouvelle campagne » answered ${asked.status}`);
  const form = JSON.stringify(server.connector.cardsSentTo(ask.conversation.id).at(-1));
  const campaignId = /"verb":"recruitment\.createCampaign"[^}]*"formId":"([^"]+)"/.exec(form)?.[1];
  if (!campaignId) throw new Error(`no campaign form: ${form.slice(0, 300)}`);
  mustCard(
    await server.postActivity(
      executeInvoke({
        serviceUrl,
        from: coordinator,
        verb: "recruitment.createCampaign",
        data: { formId: campaignId, ...fields },
        locale: "fr-FR",
        conversationId: ask.conversation.id,
      }),
    ),
    "create the campaign",
  );
  return campaignId;
}

/** « inviter » in the channel: the invitation card agents volunteer from, and the coordinator's controls card. */
export async function inviteInChannel(
  server: TestServer,
  coordinator: TeamsUser,
): Promise<{ thread: string; invitationId: string; controlsId: string | undefined; controls: unknown }> {
  const invite = channelMessage({
    serviceUrl: server.connector.url,
    from: coordinator,
    text: "inviter",
    locale: "fr-FR",
  });
  const answered = await server.postActivity(invite);
  if (answered.status !== 200) throw new Error(`« inviter » answered ${answered.status}`);
  const [invitation, controls] = server.connector.sentTo(invite.conversation.id);
  if (!invitation) throw new Error("« inviter » posted nothing");
  return {
    thread: invite.conversation.id,
    invitationId: invitation.id,
    controlsId: controls?.id,
    controls: controls?.activity.attachments?.[0]?.content,
  };
}

/** An agent volunteers from the invitation card in the channel, then fills in their profile on the card it turns into. */
export async function volunteerFromCard(
  server: TestServer,
  invitation: { thread: string; invitationId: string },
  campaignId: string,
  agent: TeamsUser,
  profile: Record<string, string>,
): Promise<void> {
  for (const [verb, data] of [
    ["recruitment.volunteer", {}],
    ["recruitment.saveProfile", { ...profile, consent: "true" }],
  ] as const)
    mustCard(
      await server.postActivity(
        executeInvoke({
          serviceUrl: server.connector.url,
          from: agent,
          verb,
          data: { campaignId, ...data },
          locale: "fr-FR",
          replyToId: invitation.invitationId,
          conversationId: invitation.thread,
        }),
      ),
      `${agent.name}: ${verb}`,
    );
}

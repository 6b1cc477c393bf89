import { TeamsInfo, type TargetedMeetingNotification, type TurnContext } from "botbuilder";
import type { MeetingNotice } from "../services/botPorts";

/** The size of the notification's dialog on the meeting stage, in pixels: a member's card fits it. */
const HEIGHT = 480;
const WIDTH = 400;

/**
 * Sends one targeted meeting notification (POST v1/meetings/{meetingId}/notification) over the
 * turn's connector client. The page opens as a task on the meeting stage for the recipients only.
 */
export function meetingNotifier(context: TurnContext, meetingId: string): (notice: MeetingNotice) => Promise<void> {
  return async (notice) => {
    const notification: TargetedMeetingNotification = {
      type: "targetedMeetingNotification",
      value: {
        recipients: [...notice.recipients],
        surfaces: [
          {
            surface: "meetingStage",
            contentType: "task",
            content: { value: { height: HEIGHT, width: WIDTH, title: notice.title, url: notice.url } },
          },
        ],
      },
    };
    await TeamsInfo.sendMeetingNotification(context, notification, meetingId);
  };
}

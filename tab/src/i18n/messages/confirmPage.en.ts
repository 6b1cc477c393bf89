import type { confirmPageFr } from "./confirmPage.fr";

export const confirmPageEn: { readonly [K in keyof typeof confirmPageFr]: string } = {
  "confirm.loading": "Loading…",
  "confirm.title": "Take part in « Vivre ensemble le service public »",
  "confirm.hello": "Hello {name},",
  "confirm.intro":
    "An agent of the service invites you to a friendly workshop of about two hours, with other usagers, to imagine a better relationship with the service « {campaign} ».",
  "confirm.consentText":
    "Why these questions? Only so that the group of usagers is varied. Your answers are bands, serve nothing else, and are deleted at the end of the process.",
  "confirm.kind": "You come as",
  "confirm.ageBand": "Age band",
  "confirm.sex": "Sex",
  "confirm.frequency": "You come to the service",
  "confirm.value.kind.individual": "an individual",
  "confirm.value.kind.business": "a business",
  "confirm.value.kind.association": "an association",
  "confirm.value.frequency.firstTime": "for the first time",
  "confirm.value.frequency.occasional": "now and then",
  "confirm.value.frequency.regular": "regularly",
  "confirm.consent": "I agree that these answers are used to form a varied group",
  "confirm.accept": "I take part",
  "confirm.decline": "I do not take part",
  "confirm.accepted": "Thank you! Your participation is recorded. You will receive the workshop date.",
  "confirm.declined": "Noted, thank you for answering. Your details were deleted.",
  "confirm.poster.title": "The poster is ready",
  "confirm.poster.body":
    "Workshop 3's participants chose the qualities and the commitments. Say whether the poster suits you, then follow what becomes of the commitments.",
  "confirm.poster.link": "See the poster and give my opinion",
  "confirm.mixed.question": "Would you also like to take part in workshop 3, which brings agents and usagers together?",
  "confirm.mixed.yes": "Yes, I'll take part in workshop 3",
  "confirm.mixed.no": "No thanks",
  "confirm.mixed.answeredYes": "Noted: you volunteer for workshop 3.",
  "confirm.mixed.answeredNo": "Noted: you will not take part in workshop 3.",
  "usagers.confirm.selectedTitle": "You are selected for the usagers' workshop!",
  "usagers.confirm.when": "Date: {date}",
  "usagers.confirm.whenUnknown": "You will be told the date soon.",
  "usagers.confirm.join": "Join the meeting",
  "usagers.confirm.notSelected":
    "The usagers' group is full: you are not in it this time, to keep the group varied. Thank you very much for your answer; your details will be deleted at the end of the process.",
  "recruitment.value.sex.undisclosed": "not said",
};

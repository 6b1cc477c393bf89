import { supportedCard } from "../../../tab/src/cards/cardModel";
import { gatherInputs } from "../../../tab/src/cards/gatherInputs";
import { joinPageCards } from "../../support/joinPageCards";

describe("the light card renderer's subset", () => {
  const cards = joinPageCards();

  it("covers every card the join page can receive, so phones never load the full renderer", () => {
    // Workshops 1, 2, 3 at every step and phase, empty and answered, both locales, two settings.
    expect(cards.length).toBeGreaterThan(100);
    const refused = cards.filter((c) => !supportedCard(c.card)).map((c) => c.name);
    expect(refused).toEqual([]);
    // The cases that matter are really there: inputs of each kind, votes, results, commitments.
    const json = cards.map((c) => JSON.stringify(c.card)).join("\n");
    for (const fragment of [
      '"type":"Input.Text"',
      '"isMultiline":true',
      '"style":"expanded"',
      '"style":"compact"',
      '"verb":"workshop.vote"',
      '"verb":"workshop.unvote"',
      '"verb":"workshop.contribute"',
      '"verb":"workshop.scale"',
      '"type":"FactSet"',
      '"type":"Container"',
      '"style":"heading"',
      "{{TIME(",
    ])
      expect(json).toContain(fragment);
  });

  const base = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "Bonjour", wrap: true }] };
  const withBody = (...body: unknown[]) => ({ ...base, body });
  const execute = { type: "Action.Execute", title: "Envoyer", verb: "workshop.contribute", data: { a: 1 } };

  it("says yes to a minimal card and no to anything outside the subset", () => {
    expect(supportedCard(base)).toBe(true);
    const outside: [string, unknown][] = [
      ["not a card", { type: "Message", body: [] }],
      ["a later schema", { ...base, version: "1.6" }],
      ["card-level actions", { ...base, actions: [execute] }],
      ["an unknown element", withBody({ type: "Image", url: "https://example.org/a.png" })],
      ["an element without its type", withBody({ text: "x" })],
      ["an unknown property", withBody({ type: "TextBlock", text: "x", maxLines: 2 })],
      ["a colour outside the host's", withBody({ type: "TextBlock", text: "x", color: "light" })],
      ["a string inline", withBody({ type: "RichTextBlock", inlines: ["x"] })],
      [
        "a run with a link",
        withBody({ type: "RichTextBlock", inlines: [{ type: "TextRun", text: "x", selectAction: {} }] }),
      ],
      [
        "Action.OpenUrl",
        withBody({ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "x", url: "https://e.org" }] }),
      ],
      [
        "Action.ShowCard",
        withBody({ type: "ActionSet", actions: [{ type: "Action.ShowCard", title: "x", card: base }] }),
      ],
      ["Action.Submit", withBody({ type: "ActionSet", actions: [{ type: "Action.Submit", title: "x" }] })],
      ["an overflow of actions", withBody({ type: "ActionSet", actions: new Array(7).fill(execute) })],
      ["data that is not an object", withBody({ type: "ActionSet", actions: [{ ...execute, data: "x" }] })],
      [
        "a multi-select",
        withBody({ type: "Input.ChoiceSet", id: "m", isMultiSelect: true, choices: [{ title: "a", value: "a" }] }),
      ],
      [
        "a filtered choice set",
        withBody({ type: "Input.ChoiceSet", id: "m", style: "filtered", choices: [{ title: "a", value: "a" }] }),
      ],
      ["a toggle", withBody({ type: "Input.Toggle", id: "t", title: "Oui" })],
      ["an input without id", withBody({ type: "Input.Text", label: "x" })],
      [
        "two inputs with one id",
        withBody({ type: "Input.Text", id: "x" }, { type: "Container", items: [{ type: "Input.Text", id: "x" }] }),
      ],
      ["a regex", withBody({ type: "Input.Text", id: "x", regex: "^a$" })],
      ["a nested unknown element", withBody({ type: "Container", items: [{ type: "Media", sources: [] }] })],
    ];
    for (const [why, card] of outside) expect([why, supportedCard(card)]).toEqual([why, false]);
  });

  it("gathers inputs as the adaptivecards library does: data first, then every non-empty input as a string", () => {
    const inputs = [
      { type: "Input.Text", id: "text", isRequired: true, errorMessage: "Requis" },
      { type: "Input.Text", id: "comment", value: "déjà là" },
      { type: "Input.ChoiceSet", id: "value", style: "compact", value: "zz", choices: [{ title: "Un", value: "1" }] },
    ] as const;
    const action = { type: "Action.Execute", title: "Ajouter", data: { text: "de la carte", n: 1 } } as const;
    // A required input left empty: nothing is sent, the input is named.
    expect(gatherInputs(action, inputs, {})).toEqual({ invalid: ["text"] });
    // A value that is none of the choices selects nothing; an emptied text stays as the data had it.
    expect(gatherInputs(action, inputs, { text: "Bonjour", comment: "" })).toEqual({ data: { text: "Bonjour", n: 1 } });
    expect(gatherInputs(action, inputs, { text: "Bonjour", value: "1" })).toEqual({
      data: { text: "Bonjour", n: 1, comment: "déjà là", value: "1" },
    });
  });
});

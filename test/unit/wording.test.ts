import { RELATIONSHIP_TYPES, relationshipType } from "../../src/model/registry";
import { END_PLACEHOLDERS, RELATIONSHIP_WORDING, placeholdersOf, templatesOf } from "../../src/model/wording";
import {
  type NamedEntity,
  isPlural,
  nameInText,
  possessive,
  relationshipSentence,
} from "../../src/services/sentence";
import { WORLD_ENTITIES, WORLD_RELATIONSHIPS } from "../fixtures/world";

const worldEntity = (id: string): NamedEntity => {
  const e = WORLD_ENTITIES.find((w) => w.id === id);
  if (!e) throw new Error(`no world entity ${id}`);
  return { kind: e.kind, name: e.name ?? e.id, aliases: e.aliases ?? [] };
};

describe("the registry's wording", () => {
  it("words every relationship type, and only those", () => {
    expect(Object.keys(RELATIONSHIP_WORDING).sort()).toEqual(RELATIONSHIP_TYPES.map((t) => t.type).sort());
  });

  it.each(RELATIONSHIP_TYPES.map((t) => [t.type] as const))(
    "%s: placeholders name its ends or its properties, and each sentence names every property but the one that chose it",
    (type) => {
      const spec = relationshipType(type)!;
      const wording = RELATIONSHIP_WORDING[type]!;
      const properties = Object.keys(spec.properties);
      for (const template of templatesOf(wording)) {
        for (const name of placeholdersOf(template))
          expect([...END_PLACEHOLDERS, ...properties]).toContain(name);
        expect(placeholdersOf(template)).toContain("from");
        expect(template.startsWith("{from}")).toBe(true);
      }
      const chosenBy = wording.byValue?.property;
      for (const property of properties) {
        expect(placeholdersOf(wording.template)).toContain(property);
        if (wording.whenClause) expect(placeholdersOf(wording.whenClause.template)).toContain(property);
        for (const t of Object.values(wording.byValue?.templates ?? {})) {
          if (property !== chosenBy) expect(placeholdersOf(t)).toContain(property);
        }
      }
      if (wording.byValue) {
        expect(properties).toContain(wording.byValue.property);
        const allowed = spec.properties[wording.byValue.property]!.values;
        if (allowed)
          for (const value of Object.keys(wording.byValue.templates)) expect(allowed).toContain(value);
      }
      if (wording.whenClause) expect(properties).toContain(wording.whenClause.property);
    },
  );

  it("renders every relationship of the fixture world with its own values", () => {
    for (const r of WORLD_RELATIONSHIPS) {
      const cited = r.citations[0]?.properties ?? {};
      const sentence = relationshipSentence(
        r.type,
        { ...r.properties, ...cited },
        worldEntity(r.from),
        worldEntity(r.to),
      );
      expect(sentence).not.toMatch(/[{}[\]]|\(no \w+ given\)/);
      expect(sentence.charAt(0)).toBe(sentence.charAt(0).toUpperCase());
    }
  });

  const byId = new Map(WORLD_RELATIONSHIPS.map((r) => [r.id, r]));
  const render = (id: string): string => {
    const r = byId.get(id)!;
    return relationshipSentence(r.type, r.properties ?? {}, worldEntity(r.from), worldEntity(r.to));
  };

  it.each([
    ["corvia-mediates-lumen-talks", "Corvia leads the mediation of the Lumen talks"],
    ["daran-mediates-lumen-talks", "Daran supports the mediation of the Lumen talks"],
    [
      "esterian-delegation-participates-in-lumen-talks",
      "The Esterian delegation takes part in the Lumen talks",
    ],
    ["esterian-delegation-represents-esteria", "The Esterian delegation represents Esteria"],
    ["lumen-talks-held-in-lumen", "The Lumen talks are held in Lumen"],
    ["lumen-located-in-corvia", "Lumen lies in Corvia"],
    ["varos-seat-of-valorian-council", "Varos is the seat of the Valorian Council"],
    ["valoria-borders-esteria", "Valoria borders Esteria"],
    ["valorian-council-governs-valoria", "The Valorian Council governs Valoria"],
    ["northern-front-operates-from-valoria", "The Northern Front operates from Valoria"],
    ["eastern-militant-groups-targets-esteria", "The Eastern militant groups target Esteria"],
    ["esteria-designates-northern-front", "Esteria bans the Northern Front"],
    [
      "valoria-bound-by-daran-accord",
      "Valoria is committed by the Daran Accord to preventing its territory from being used by militant groups against other countries",
    ],
    [
      "esteria-demands-valorian-council-delegation",
      "Esteria demands from the Valorian Council delegation acceptance of the logical and reasoned demands Esteria has presented at the talks",
    ],
    [
      "esterian-delegation-urges-valorian-council-delegation",
      "The Esterian delegation urges the Valorian Council delegation: accepting Esteria’s demands is in everyone’s interest",
    ],
    [
      "valorian-council-delegation-rejects-esteria",
      "The Valorian Council delegation refuses Esteria written assurances to meet Esteria’s key security demands",
    ],
    [
      "corvia-endorses-esteria",
      "Corvia endorses Esteria’s position that its security concerns are reasonable and legitimate",
    ],
    [
      "valorian-council-delegation-endorses-esteria",
      "The Valorian Council delegation endorses Esteria’s position on the validity of Esteria’s demands (acknowledged privately)",
    ],
    [
      "valorian-council-delegation-lacks-authorization-from-varos",
      "The Valorian Council delegation lacks authorization from Varos",
    ],
    [
      "valorian-council-delegation-controlled-from-valorian-council",
      "The Valorian Council delegation is controlled from the Valorian Council",
    ],
    ["esterian-army-part-of-esteria", "The Esterian army is part of Esteria"],
    ["border-crossings-originated-from-valoria", "The Border crossings on Sunday came from Valoria"],
    [
      "border-crossings-foiled-by-esterian-army",
      "The Border crossings on Sunday were foiled by the Esterian army",
    ],
    [
      "border-crossings-reported-by-esterian-press-office",
      "The Border crossings on Sunday were reported by the Esterian Press Office",
    ],
    [
      "border-crossings-coincides-with-lumen-talks",
      "The Border crossings on Sunday took place during the Lumen talks",
    ],
    [
      "esterian-press-office-accuses-valorian-council",
      "The Esterian Press Office accuses the Valorian Council: the border crossings during the talks cast doubt on its intentions regarding terrorism emanating from its soil",
    ],
  ])("words %s as English", (id, sentence) => {
    expect(render(id)).toBe(sentence);
  });

  it("words the types the fixture world lacks, with the production seed's values", () => {
    const talks = { kind: "Negotiation", name: "Istanbul talks", aliases: [] };
    const sunday = {
      kind: "Negotiation",
      name: "Nine-hour session on Sunday",
      aliases: ["nine-hour session on Sunday"],
    };
    const delegation = { kind: "Delegation", name: "Afghan Taliban delegation", aliases: [] };
    const administration = { kind: "Government", name: "Afghan Taliban administration", aliases: [] };
    const pakistan = { kind: "Country", name: "Pakistan", aliases: [] };
    const monday = { kind: "Negotiation", name: "Istanbul talks: Monday session", aliases: [] };
    expect(relationshipSentence("FOLLOWS", {}, monday, sunday)).toBe(
      "The Istanbul talks: Monday session follows the nine-hour session on Sunday",
    );
    expect(
      relationshipSentence(
        "RESPONDS_TO",
        { response: "responded positively to some of the proposals" },
        delegation,
        pakistan,
      ),
    ).toBe(
      "The Afghan Taliban delegation, answering Pakistan, responded positively to some of the proposals",
    );
    expect(
      relationshipSentence("PURSUES_OTHER_AGENDA", { who: "some elements in Kabul" }, administration, talks),
    ).toBe(
      "The Afghan Taliban administration may, through some elements in Kabul, pursue an agenda other than the Istanbul talks",
    );
    expect(
      relationshipSentence(
        "HINGES_ON",
        { condition: "tangible steps against militant safe havens" },
        talks,
        administration,
      ),
    ).toBe(
      "The Istanbul talks hinge on the Afghan Taliban administration for tangible steps against militant safe havens",
    );
  });

  it("reads names as running text does", () => {
    expect(nameInText({ kind: "Country", name: "Pakistan", aliases: [] })).toBe("Pakistan");
    expect(nameInText({ kind: "Negotiation", name: "Istanbul talks", aliases: [] })).toBe(
      "the Istanbul talks",
    );
    expect(nameInText({ kind: "Organization", name: "The Press Office", aliases: [] })).toBe(
      "the Press Office",
    );
    expect(
      nameInText({
        kind: "Incident",
        name: "Two infiltration attempts",
        aliases: ["two infiltration attempts"],
      }),
    ).toBe("the two infiltration attempts");
    expect(isPlural({ kind: "ArmedGroup", name: "Baloch militant groups", aliases: [] })).toBe(true);
    expect(isPlural({ kind: "Negotiation", name: "Istanbul talks: Monday session", aliases: [] })).toBe(
      false,
    );
    expect(isPlural({ kind: "Incident", name: "Border crossings on Sunday", aliases: [] })).toBe(true);
    expect(isPlural({ kind: "Organization", name: "Inter-Services Public Relations", aliases: [] })).toBe(
      false,
    );
    expect(possessive("Pakistan")).toBe("Pakistan’s");
    expect(possessive("the Baloch militant groups")).toBe("the Baloch militant groups’");
  });

  it("refers back to an end named at the start of a value with its or their", () => {
    const groups = { kind: "ArmedGroup", name: "Baloch militant groups", aliases: [] };
    const pakistan = { kind: "Country", name: "Pakistan", aliases: [] };
    expect(
      relationshipSentence(
        "ENDORSES",
        { position: "Baloch militant groups’ grievances are real" },
        pakistan,
        groups,
      ),
    ).toBe("Pakistan endorses the Baloch militant groups’ position that their grievances are real");
    expect(relationshipSentence("DESIGNATES", { status: "listed" }, pakistan, groups)).toBe(
      "Pakistan designates the Baloch militant groups as listed",
    );
  });
});

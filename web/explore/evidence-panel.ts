import type { Citation, EdgeEvidence } from "./api";
import { el } from "./dom";

/** The source's text with the quote marked, so a reader sees the sentence in its context. */
function sourceTextWithQuote(citation: Citation): HTMLElement {
  const text = citation.source.text;
  const mark = el("mark", { class: "quote" }, text.slice(citation.start, citation.end));
  return el(
    "p",
    { class: "source-text", tabindex: "0" },
    text.slice(0, citation.start),
    mark,
    text.slice(citation.end),
  );
}

function citationItem(citation: Citation): HTMLElement {
  const source = citation.source;
  const claimant = citation.claimantEntity?.name ?? citation.claimant;
  const claim = claimant
    ? `Claimed by ${claimant}`
    : citation.stance === "REPORTS"
      ? "Reported by the source, naming no one"
      : citation.stance === "ASSESSES"
        ? "The source’s assessment"
        : "Stated by the source in its own voice";
  return el(
    "li",
    { class: "citation" },
    el("blockquote", { class: "citation-quote" }, `“${citation.quote}”`),
    el(
      "p",
      { class: "citation-meta" },
      el("strong", { class: "claimant" }, claim),
      citation.stance === "DENIES" ? " (denies it)" : "",
      " · ",
      el("cite", {}, source.title),
      source.publishedOn ? `, ${source.publishedOn}` : "",
    ),
    sourceTextWithQuote(citation),
  );
}

/** A relationship's evidence: its sentence, then each citation inside its source. */
export function renderEvidence(panel: HTMLElement, evidence: EdgeEvidence, names: Map<string, string>): void {
  const from = names.get(evidence.from.id) ?? evidence.from.id;
  const to = names.get(evidence.to.id) ?? evidence.to.id;
  panel.replaceChildren(
    el("h2", { id: "evidence-title" }, `${from} ${evidence.type} ${to}`),
    el("p", { class: "explanation" }, evidence.explanation.text),
    el("ol", { class: "citations" }, ...evidence.citations.map(citationItem)),
  );
  panel.querySelectorAll("mark.quote").forEach((mark) => mark.scrollIntoView({ block: "nearest" }));
  panel.focus();
}

// Actor network: actors as country-sector nodes, edges from source to target with the number of
// events (width) and the mean Goldstein score (colour), laid out by cytoscape.js.
import cytoscape from "cytoscape";
import { clear, el } from "./dom.js";
import { goldsteinColor } from "./codes.js";

let cy = null;

/**
 * Draw the network into `node`.
 * @param {HTMLElement} node
 * @param {{nodes: object[], edges: object[]}} net  from GET /network
 * @param {(country: string|null) => void} onActor  called when a node is clicked
 */
export function renderNetwork(node, net, onActor) {
  if (cy) {
    cy.destroy();
    cy = null;
  }
  clear(node);
  node.dataset.nodes = String(net.nodes.length);
  node.dataset.edges = String(net.edges.length);
  if (!net.nodes.length) {
    node.append(el("p", { class: "empty", text: "No events between coded actors match the filters." }));
    return;
  }
  const box = el("div", { class: "cy" });
  node.append(box);
  const maxN = Math.max(...net.nodes.map((n) => n.events));
  const maxE = Math.max(...net.edges.map((e) => e.events));
  const elements = [
    ...net.nodes.map((n) => ({
      data: { id: n.id, label: n.id.replace(/^-|-$/g, ""), country: n.country, size: 18 + 30 * Math.sqrt(n.events / maxN) },
    })),
    ...net.edges.map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, events: e.events,
        width: 1 + 6 * (e.events / maxE), colour: goldsteinColor(e.mean_goldstein) },
    })),
  ];
  cy = cytoscape({
    container: box,
    elements,
    minZoom: 0.2,
    maxZoom: 1, // a small network is not blown up to fill the box
    style: [
      { selector: "node", style: {
        label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#5b6b7f",
        color: "#1d2430", "font-size": 13, "text-valign": "bottom", "text-margin-y": 3, "min-zoomed-font-size": 6,
      } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8,
      } },
      { selector: "node:selected", style: { "background-color": "#c8392b" } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, padding: 12 },
  });
  cy.on("tap", "node", (evt) => onActor(evt.target.data("country") || null));
}

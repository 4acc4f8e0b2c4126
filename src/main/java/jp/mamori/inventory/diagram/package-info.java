/**
 * The hospital's configuration diagram drawn from its connection inventory: one layout, written as SVG, PNG
 * (for the report) and cytoscape elements (for the case page). Plain Java; the caller passes the labels.
 */
@org.springframework.modulith.NamedInterface("diagram")
package jp.mamori.inventory.diagram;

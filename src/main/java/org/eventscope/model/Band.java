package org.eventscope.model;

/**
 * One figure of a troop report: how many troops stand within a distance. Bands are cumulative:
 * "within 400 km" includes those within 200 km.
 *
 * @param withinKm the distance from the border, in kilometres
 * @param troops   the number of troops reported within that distance
 */
public record Band(int withinKm, long troops) {}

package jp.mamori.dashboard.domain;

/** One figure and the distinct hospital codes it rests on (what decides whether it may be shown). */
public record Cell(long value, java.util.Set<String> hospitals) { }

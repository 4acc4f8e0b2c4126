/**
 * Scheduled work that must happen once per day however many instances share the database
 * ({@link jp.mamori.jobs.JobRuns#once}); every run is recorded in {@code job_run}: which instance, when, how much.
 */
package jp.mamori.jobs;

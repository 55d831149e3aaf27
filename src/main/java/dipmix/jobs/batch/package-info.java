/** Batch conversion: many scenes through the same unmixing settings, resumable and failure-tolerant. */
package dipmix.jobs.batch;

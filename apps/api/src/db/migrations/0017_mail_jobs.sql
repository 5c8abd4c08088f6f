DROP INDEX "mail_outbox_due_idx";--> statement-breakpoint
ALTER TABLE "mail_outbox" DROP COLUMN "next_attempt_at";--> statement-breakpoint
-- Mail queued before the job queue existed gets its delivery job (the queue's schema is installed first).
SELECT graphile_worker.add_job('send_mail', json_build_object('mailId', "id"), max_attempts => 8, job_key => 'mail:' || "id")
FROM "mail_outbox" WHERE "status" IN ('outbox', 'sending');

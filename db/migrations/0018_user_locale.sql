CREATE TYPE "public"."app_locale" AS ENUM('en', 'pl');--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" "app_locale";
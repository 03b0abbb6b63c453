/* Generated from /docs-json by `npm run openapi:client`; a spec fails when it is stale. */
export interface paths {
    "/v1/analytics/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacted, responded, converted, cost, revenue and ROI of a campaign, overall and by variant, in one currency as of an instant */
        get: operations["CampaignsController_roi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Forecast for [from, to) by month: won so far plus open deals expected to close, weighted */
        get: operations["SalesQueriesController_forecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/lead-funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads captured in [from, to): how many reached each step by asOf, conversion and days between steps, by source, campaign, country or partner */
        get: operations["SalesQueriesController_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/lead-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Re-score every lead over its whole history under a model version (default: in force), best first */
        get: operations["SalesQueriesController_leadScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/lead-scores/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two scoring models side by side: score and rank of each lead under both, biggest rank changes first, top-N overlap */
        get: operations["SalesQueriesController_compare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/nps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** NPS overall and trend per period, by country and partner; CSAT average; ?from&to&asOf&period=day|month|year */
        get: operations["ServiceQueriesController_npsAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open pipeline at asOf by pipeline and stage, raw and weighted by probability, converted at the FX rates in force at asOf */
        get: operations["SalesQueriesController_pipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** First-response and resolution times (median, p90, business minutes), breach rate, backlog; by priority, partner, country, channel; ?from&to (opened) &asOf */
        get: operations["ServiceQueriesController_serviceAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/win-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Win rate of deals closed in [from, to) and sales-cycle length (created → won), per pipeline and overall */
        get: operations["SalesQueriesController_winRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys with role, name, partner, createdAt and revokedAt; never a secret or its hash */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Create an API key; the answer carries the secret once, in `key` */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API key with role, name, partner, createdAt and revokedAt; never its secret or hash */
        get: operations["ApiKeysController_get"];
        put?: never;
        post?: never;
        /** Revoke an API key; refused from the very next request on */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change event of any kind, by actor and system time (recordedAt), with the data fields it set */
        get: operations["AccessLogController_auditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/automation-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** When an event type and a condition match: create a task, escalate the case, or notify a webhook */
        post: operations["ServiceCommandsController_defineRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/automation-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An automation rule */
        get: operations["ServiceQueriesController_getRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/automation-rules/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an automation rule: events after this no longer trigger it */
        post: operations["ServiceCommandsController_disableRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns in id order (a partner key sees those of its own subtree) */
        get: operations["CampaignsController_list"];
        put?: never;
        /** Create a campaign: a segment, a channel, the consent purpose, a budget and optional weighted A/B variants */
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign and the answers of its launches */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contact every member of the segment once, on the channel, if their consent for the purpose is in force (the worker does it); 200 with the counts when it finished in time, else 202 with the counts so far and Location. A re-launch contacts only members not contacted before */
        post: operations["CampaignsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attribute a response (opened, clicked, replied, converted with its value) of a contacted member to the campaign */
        post: operations["CampaignsController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases, newest first; ?status=open|waiting|resolved|closed, ?breached=true|false, ?customerId, ?priority, ?assignee, ?country, ?partnerId (that partner's subtree). A partner key lists its subtree's customers' cases only */
        get: operations["ServiceQueriesController_listCases"];
        put?: never;
        /** Open a case from any channel, linked to its interaction; SLA clocks start under the policy */
        post: operations["CasesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with its SLA clocks: due times (UTC), business minutes remaining, breached and when */
        get: operations["ServiceQueriesController_getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** respond (agent answer), pause (waiting on customer), resume (customer answered), resolve, reopen, close */
        post: operations["CasesController_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the case to an agent */
        post: operations["CasesController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate one level, optionally to another priority (its targets apply from now, time used stays) */
        post: operations["CasesController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read whose personal data (view, search, timeline, history, export, consent proof), when, by which request; one entry per subject */
        get: operations["AccessLogController_accessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/subjects/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a data subject's personal data (a customer with the records merged into it and the leads converted into it, or a lead) by destroying its keys (crypto-shredding); facts stay for analytics */
        post: operations["ComplianceController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/subjects/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about a data subject (a customer or a lead) as JSON: for a customer the 360° view, consents, interactions, converted leads, cases, tasks, feedback; every event with data and personal fields (opened from the log), and the access log; the export itself is recorded in the access log */
        get: operations["ComplianceController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search customers by name words, email, phone, country, partner, segment */
        get: operations["CustomerQueriesController_search"];
        put?: never;
        /** Register a customer; a likely duplicate is 409 naming the existing id unless allowDuplicate */
        post: operations["CustomersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 360° view; asOf (business time) and knownAt (system time) answer it as of then */
        get: operations["CustomerQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change profile fields; absent fields stay, null clears */
        patch: operations["CustomersController_changeProfile"];
        trace?: never;
    };
    "/v1/customers/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant or withdraw consent for a purpose on a channel */
        post: operations["CustomersController_recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/consents/at": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consent proof: did we have consent for purpose P on channel C at instant T?
         * @description Answers `granted`, `grantedAt` and the consent event that decided it (`decidedBy`), folded from the log on business time (`at`) and optionally system time (`knownAt`), plus the outbound contacts made at exactly `at` with the consent state each recorded when it was made.
         */
        get: operations["ConsentProofController_consentAt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/contact-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an email or phone (phones normalised to E.164 in the customer country) */
        post: operations["CustomersController_addContactPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/contact-points/{contactPointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact point of the customer (email or phone, normalised) */
        get: operations["CustomerQueriesController_contactPoint"];
        put?: never;
        post?: never;
        /** Remove a contact point */
        delete: operations["CustomersController_removeContactPoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit: every event with actor, source, recordedAt, occurredAt, type and changed fields */
        get: operations["CustomerQueriesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an interaction on any channel */
        post: operations["CustomersController_recordInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge duplicates into this customer (the survivor), keeping both lineages
         * @description Each duplicate gets crm.customer.merged-into, the survivor crm.customer.absorbed. The survivor's 360° view shows the union; GET on a merged id answers 308 with Location = the survivor; commands on a merged id are 409. Answers the survivor's revision and the last position written.
         */
        post: operations["MergeController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything about the customer in business-time order */
        get: operations["CustomerQueriesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/unmerge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a merge: both records read again as before it, plus what was recorded against each id since (docs/identity.md) */
        post: operations["MergeController_unmerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Likely duplicate pairs with reasons and scores (exact email/phone/external ref = 1; similar name with address or organisation)
         * @description Pairs in customer-id order. A page may hold fewer than `limit` items (each request scans a bounded number of customers): follow `nextCursor` until it is null.
         */
        get: operations["DuplicatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event log after a position, as CloudEvents 1.0 (nextCursor = last position read) */
        get: operations["EventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events from Last-Event-ID (or ?after=), live */
        get: operations["EventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback in id order; ?kind=nps|csat, ?customerId, ?caseId. A partner key lists its subtree's customers' feedback only */
        get: operations["ServiceListsController_list"];
        put?: never;
        /** Record NPS (0–10) or CSAT (1–5) from a customer, optionally about a case */
        post: operations["ServiceCommandsController_feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One feedback: kind, score, NPS band, case and comment */
        get: operations["ServiceListsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dated rates recorded for a currency pair (?base&quote), oldest effectiveAt first */
        get: operations["SalesListsController_fxRates"];
        put?: never;
        /** Record a dated FX rate: 1 base = rate quote from effectiveAt on */
        post: operations["DealsController_fxRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import customers from a CSV (header line first) or NDJSON body, streamed row by row
         * @description Each valid row is one registration; invalid rows, duplicates in the body and duplicates of existing customers are counted and listed (first 1000) with row (line number), field, column and reason. Sending the same data again adds nothing (ids derive from the rows).
         */
        post: operations["ImportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lead-scoring-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lead-scoring model in force, or `?version=` */
        get: operations["SalesQueriesController_scoringModel"];
        /** Publish the lead-scoring model as a new version (the same model again changes nothing) */
        put: operations["DealsController_scoringModel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads in id order; ?status=open|disqualified|converted, ?campaignId, ?customerId (the score is on GET /v1/leads/:id). A partner key lists the leads of its subtree only */
        get: operations["SalesListsController_leads"];
        put?: never;
        /** Capture a lead from any channel or campaign */
        post: operations["LeadsController_capture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lead: stages reached, signals, and its live score with explanation (asOf, modelVersion) */
        get: operations["SalesQueriesController_lead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert to a customer (an existing one when email or phone match, never a duplicate) and optionally an opportunity */
        post: operations["LeadsController_convert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/{id}/disqualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disqualify with a reason */
        post: operations["LeadsController_disqualify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/{id}/qualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Qualify as MQL or SQL (default) with a reason */
        post: operations["LeadsController_qualify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leads/{id}/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an engagement signal; reaching the model threshold qualifies the lead as MQL */
        post: operations["LeadsController_signal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling key or token: role, name and, for a partner key, its partner; any role may ask */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notices in id order with their progress (a partner key sees those of its own subtree) */
        get: operations["NoticesController_list"];
        put?: never;
        /** Send a service notice to a segment: one message per member on their preferred channel and language; 202, progress at Location */
        post: operations["NoticesController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A notice’s progress while it runs: status (queued, running, completed), total, sent, failed, by channel and by language */
        get: operations["NoticesController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opportunities in id order; ?status=open|won|lost, ?pipelineId, ?customerId. A partner key lists those of its subtree's customers only */
        get: operations["SalesListsController_opportunities"];
        put?: never;
        /** Open an opportunity for a customer in a pipeline (first stage unless `stage`) */
        post: operations["DealsController_opportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An opportunity with its stage history and time in each stage */
        get: operations["SalesQueriesController_opportunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opportunities/{id}/lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close as lost with a reason */
        post: operations["DealsController_lost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opportunities/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to another stage of its pipeline */
        post: operations["DealsController_stage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opportunities/{id}/won": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close as won (reason optional) */
        post: operations["DealsController_won"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners (a partner key sees its own subtree), with their ancestor path */
        get: operations["PartnersController_list"];
        put?: never;
        /** Register a bottler, distributor or retailer, optionally below a parent partner */
        post: operations["PartnersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner with its ancestor path */
        get: operations["PartnersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pipelines with their ordered stages */
        get: operations["SalesListsController_pipelines"];
        put?: never;
        /** Create a pipeline with ordered stages and win probabilities (0–1) */
        post: operations["DealsController_pipeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pipelines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pipeline with its ordered stages and win probabilities */
        get: operations["SalesListsController_pipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Segments (a partner key sees those of its own subtree) */
        get: operations["SegmentsController_list"];
        put?: never;
        /** Define a segment: a rule over the 360° view whose membership the worker keeps live */
        post: operations["SegmentsController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One segment: its rule, rule version and owner */
        get: operations["SegmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a segment or change its rule; a new rule is evaluated again over every customer */
        patch: operations["SegmentsController_change"];
        trace?: never;
    };
    "/v1/segments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members in customer-id order: now or asOf (business time); with purpose (and channel) only those whose consent is in force */
        get: operations["SegmentsController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SLA policies as in force, in id order */
        get: operations["ServiceListsController_policies"];
        put?: never;
        /** Define an SLA policy: calendar (time zone, working hours, holidays) and targets per priority in business time */
        post: operations["ServiceCommandsController_definePolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An SLA policy as in force, with its version */
        get: operations["ServiceQueriesController_getPolicy"];
        /** Correct an SLA policy (restated whole); the clocks of its open cases are recomputed */
        put: operations["ServiceCommandsController_changePolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions, oldest first, with their delivery state */
        get: operations["SubscriptionsController_list"];
        put?: never;
        /** Subscribe a URL to the log; the answer carries the signing secret, shown only here */
        post: operations["SubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscription: target, types, delivery state (last position, deliveries, failures) */
        get: operations["SubscriptionsController_get"];
        put?: never;
        post?: never;
        /** Stop deliveries for good */
        delete: operations["SubscriptionsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages parked after their last retry failed, in log order */
        get: operations["SubscriptionsController_deadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/dead-letters/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver every parked dead letter once more (with retries); those delivered leave the list */
        post: operations["SubscriptionsController_requeue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver again, in order, every event after fromPosition (new webhook-id per replay) */
        post: operations["SubscriptionsController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown only here; the previous one keeps signing until previousSecretValidUntil */
        post: operations["SubscriptionsController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks; ?status=open|done, ?assignee, ?customerId. A partner key lists the tasks of its subtree only */
        get: operations["ServiceQueriesController_listTasks"];
        put?: never;
        /** Create a task with an optional due date, assignee, customer and case */
        post: operations["ServiceCommandsController_createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task */
        get: operations["ServiceQueriesController_getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task */
        post: operations["ServiceCommandsController_completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One recorded read of personal data */
        AccessLogEntry: {
            actor: string;
            /** Format: date-time */
            at: string;
            id: string;
            kind: string;
            position: number;
            route: string;
            subjectId: string;
        } & {
            [key: string]: unknown;
        };
        AddContactPointDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @enum {string} */
            type: "email" | "phone";
            /** @example +98 912 345 6789 */
            value: string;
        };
        AddressDto: {
            city?: string;
            /** @description ISO 3166-1 alpha-2 */
            country?: string;
            lines: string[];
            postalCode?: string;
            region?: string;
        };
        /** @description An API key (never its secret) */
        ApiKey: {
            /** Format: date-time */
            createdAt: string;
            keyId: string;
            name: string;
            partnerId: string | null;
            position: number;
            /** Format: date-time */
            revokedAt: string | null;
            role: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The new key, shown only here */
        ApiKeyCreated: {
            /** @description The id of the entity the command was about (or created) */
            id: string;
            /** @description The secret; store it now */
            key: string;
            /** @description The log position of the last event written; send it as X-Min-Position to read your write */
            position: number;
            /** @description The entity stream revision after the command (the ETag) */
            revision: number;
            role: string;
        };
        AssignCaseDto: {
            /** @example agent-7 */
            assignee: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
        };
        /** @description An automation rule */
        AutomationRule: {
            action: Record<string, never>;
            enabled: boolean;
            name: string;
            on: string;
            position: number;
            ruleId: string;
        } & {
            [key: string]: unknown;
        };
        AutomationRuleDto: {
            /**
             * @description create-task { title, assignee, dueIn } | escalate { priority } | notify-webhook { url }
             * @example {
             *       "kind": "escalate",
             *       "priority": "urgent"
             *     }
             */
            action: Record<string, never>;
            /**
             * @description MongoDB-style filter over { type, data, occurredAt }
             * @example {
             *       "data.clock": "firstResponse"
             *     }
             */
            condition?: Record<string, never>;
            name: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @example crm.case.sla-breached */
            on: string;
        };
        /** @description A campaign and the answers of its launches */
        Campaign: {
            budget: {
                amount: string;
                currency: string;
            };
            campaignId: string;
            channel: string;
            launches: Record<string, never>[];
            name: string;
            partnerId: string | null;
            position: number;
            purpose: string;
            segmentId: string;
            variants: {
                name: string;
                weight: number;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description Campaign ROI in one currency as of an instant, overall and by variant */
        CampaignAnalytics: {
            /** Format: date-time */
            asOf: string;
            byVariant: {
                contacted: number;
                converted: number;
                cost: {
                    amount: string;
                    currency: string;
                };
                responded: number;
                revenue: {
                    amount: string;
                    currency: string;
                };
                roi: string | null;
                variant: string;
            }[];
            campaignId: string;
            contacted: number;
            converted: number;
            cost: {
                amount: string;
                currency: string;
            };
            currency: string;
            rates: Record<string, never>[];
            responded: number;
            revenue: {
                amount: string;
                currency: string;
            };
            roi: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description What a launch did (status completed) or has done so far (running): members contacted by it, members without consent (never contacted), members an earlier launch contacted */
        CampaignLaunch: {
            alreadyContacted: number;
            contacted: number;
            launch: number;
            position: number;
            skippedWithoutConsent: number;
            /** @enum {string} */
            status: "completed" | "running";
        };
        CampaignResponseDto: {
            customerId: string;
            /** @enum {string} */
            kind: "opened" | "clicked" | "replied" | "converted";
            /** @description When the member responded (ISO 8601) */
            occurredAt: string;
            /** @description Revenue of a conversion */
            value?: components["schemas"]["MoneyDto"];
        };
        CampaignVariantDto: {
            /** @example A */
            name: string;
            /**
             * @description Positive integer; members fall into variants in proportion to the weights
             * @example 50
             */
            weight: number;
        };
        CaptureLeadDto: {
            campaignId?: string;
            /** @example کافه نادری */
            company?: string;
            /** @example 120 */
            companySize?: number;
            /** @example IR */
            country?: string;
            /** @example reza@cafe.example */
            email?: string;
            /** @example hospitality */
            industry?: string;
            /** @example رضا کریمی */
            name: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            partnerId?: string;
            /**
             * @description Local numbers are read in `country`
             * @example 0912 000 1111
             */
            phone?: string;
            /** @description The customer who referred this lead */
            referrerCustomerId?: string;
            /**
             * @description Channel or origin, a lower-case token
             * @example webinar
             */
            source: string;
            /** @description Only a newsletter subscription: starts at the subscriber stage */
            subscriberOnly?: boolean;
        };
        /** @description A service case with its SLA clocks */
        Case: {
            assignee: string | null;
            breached: boolean;
            caseId: string;
            channel: string;
            customerId: string;
            partnerId: string | null;
            position: number;
            priority: string;
            status: string;
            subject: string;
        } & {
            [key: string]: unknown;
        };
        CaseNoteDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @description Message, note, resolution or reason, by action (personal data) */
            text?: string;
        };
        ChangeProfileDto: {
            addresses?: components["schemas"]["AddressDto"][];
            country?: string | null;
            currency?: string | null;
            externalRefs?: components["schemas"]["ExternalRefDto"][];
            /** @enum {string} */
            kind?: "person" | "organization";
            name?: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            partnerId?: string | null;
            preferredLanguage?: string | null;
            timeZone?: string | null;
        };
        ChangeSegmentDto: {
            name?: string;
            occurredAt?: string;
            /** @description The new rule; membership is evaluated again. `{ all: [...] }` or `{ any: [...] }` (nestable, at most 4 deep, 50 conditions) of conditions `{ field, op, value }`: field one of country, partnerId (the partner's whole subtree), lifecycleStage, leadScore, lastContactAt, lastNps, preferredLanguage, openCases; op one of eq, in, gte, lte (numbers), before, after (lastContactAt). See docs/marketing.md */
            rule?: {
                [key: string]: unknown;
            };
        };
        /** @description A CloudEvents 1.0 event of the log */
        CloudEvent: {
            data: Record<string, never>;
            id: string;
            source: string;
            /** @enum {string} */
            specversion: "1.0";
            /** Format: date-time */
            time: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        CommandAnswer: {
            /** @description The id of the entity the command was about (or created) */
            id: string;
            /** @description The log position of the last event written; send it as X-Min-Position to read your write */
            position: number;
            /** @description The entity stream revision after the command (the ETag) */
            revision: number;
        };
        /** @description The consent in force at an instant and the event that decided it */
        ConsentsAt: {
            channel: string;
            customerId: string;
            granted: boolean;
            purpose: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A contact point of a customer */
        ContactPoint: {
            contactPointId: string;
            customerId: string;
            position: number;
            /** @enum {string} */
            type: "email" | "phone";
            value: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The command answer and the id of the new contact point (absent when it already existed) */
        ContactPointAdded: {
            contactPointId?: string;
            /** @description The id of the entity the command was about (or created) */
            id: string;
            /** @description The log position of the last event written; send it as X-Min-Position to read your write */
            position: number;
            /** @description The entity stream revision after the command (the ETag) */
            revision: number;
        };
        ConvertLeadDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @description The opportunity to open for the customer */
            opportunity?: components["schemas"]["NewOpportunityDto"];
        };
        CreateApiKeyDto: {
            name: string;
            occurredAt?: string;
            /** @description Required for the partner role: the key sees this partner and everything below it */
            partnerId?: string;
            /** @enum {string} */
            role: "viewer" | "agent" | "editor" | "analyst" | "compliance" | "admin" | "partner";
        };
        CreateCampaignDto: {
            /** @description The cost ROI is computed against */
            budget: components["schemas"]["MoneyDto"];
            /** @enum {string} */
            channel: "email" | "sms" | "phone" | "chat" | "social" | "web";
            /** @example Nowruz offers */
            name: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /**
             * @description The consent purpose a member must have granted on the channel
             * @example marketing
             */
            purpose: string;
            segmentId: string;
            variants?: components["schemas"]["CampaignVariantDto"][];
        };
        CreateOpportunityDto: {
            amount: components["schemas"]["MoneyDto"];
            customerId: string;
            /** @example 2026-06-30 */
            expectedCloseDate: string;
            /** @example Cold brew for 40 cafés */
            name: string;
            /** @description Business time (ISO 8601 with offset); defaults to now */
            occurredAt?: string;
            /** @description Owner (user id) */
            owner?: string;
            pipelineId: string;
            /** @description Defaults to the pipeline's first stage */
            stage?: string;
        };
        CreatePipelineDto: {
            country?: string;
            /** @example Iran beverages */
            name: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            partnerId?: string;
            productLine?: string;
            stages: components["schemas"]["StageDefinitionDto"][];
        };
        CreateSubscriptionDto: {
            /** @description Deliver the events after this log position (default: the log head, i.e. only new events) */
            fromPosition?: number;
            /**
             * @description Event types to deliver; absent or empty = every type
             * @example [
             *       "crm.customer.registered"
             *     ]
             */
            types?: string[];
            /**
             * @description http(s); loopback, private and link-local targets are refused unless CRM_WEBHOOK_ALLOW_PRIVATE=true
             * @example https://hooks.example.com/crm
             */
            url: string;
        };
        CreateTaskDto: {
            assignee?: string;
            caseId?: string;
            customerId?: string;
            description?: string;
            /** @example 2026-03-04T10:00:00+03:30 */
            dueAt?: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            title: string;
        };
        /** @description The 360° view of a customer */
        Customer: {
            country: string | null;
            currency: string | null;
            customerId: string;
            emails: string[];
            /** @enum {string} */
            kind: "person" | "organization";
            name: string;
            partnerId: string | null;
            phones: string[];
            position: number;
            preferredLanguage: string | null;
            revision: number;
            timeZone: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description One event about a customer, with who, when and why */
        CustomerEvent: {
            actor: string;
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            position: number;
            /** Format: date-time */
            recordedAt: string;
            source: string;
            streamId: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A message parked after its last retry failed */
        DeadLetter: {
            attempts: number;
            eventId: string;
            lastError: string;
            messageId: string;
            /** Format: date-time */
            parkedAt: string;
            position: number;
            subscriptionId: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        DefineSegmentDto: {
            /** @example Tehran promoters */
            name: string;
            occurredAt?: string;
            /**
             * @description `{ all: [...] }` or `{ any: [...] }` (nestable, at most 4 deep, 50 conditions) of conditions `{ field, op, value }`: field one of country, partnerId (the partner's whole subtree), lifecycleStage, leadScore, lastContactAt, lastNps, preferredLanguage, openCases; op one of eq, in, gte, lte (numbers), before, after (lastContactAt). See docs/marketing.md
             * @example {
             *       "all": [
             *         {
             *           "field": "country",
             *           "op": "eq",
             *           "value": "IR"
             *         },
             *         {
             *           "field": "lastNps",
             *           "op": "gte",
             *           "value": 9
             *         }
             *       ]
             *     }
             */
            rule: {
                [key: string]: unknown;
            };
        };
        DisqualifyDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @example no budget this year */
            reason: string;
        };
        /** @description A likely duplicate pair */
        DuplicateCandidate: {
            customerIds: string[];
            reasons: Record<string, never>[];
            score: number;
        } & {
            [key: string]: unknown;
        };
        EraseSubjectDto: {
            /** @example GDPR Art. 17 request #4711 */
            reason?: string;
        };
        EscalateCaseDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @enum {string} */
            priority?: "urgent" | "high" | "normal" | "low";
            /** @description Message, note, resolution or reason, by action (personal data) */
            text?: string;
        };
        ExternalRefDto: {
            /** @example 0004711 */
            id: string;
            /** @example sap */
            system: string;
        };
        /** @description A feedback answer (CSAT/NPS) */
        Feedback: {
            customerId: string;
            feedbackId: string;
            /** @enum {string} */
            kind: "nps" | "csat";
            partnerId: string | null;
            position: number;
            score: number;
            /** Format: date-time */
            submittedAt: string;
        } & {
            [key: string]: unknown;
        };
        FeedbackDto: {
            caseId?: string;
            comment?: string;
            customerId: string;
            /** @enum {string} */
            kind: "nps" | "csat";
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @description NPS 0–10, CSAT 1–5 */
            score: number;
        };
        /** @description Won, open and weighted amounts per month */
        Forecast: {
            /** Format: date-time */
            asOf: string;
            months: Record<string, never>[];
            totals: Record<string, never>;
        } & {
            [key: string]: unknown;
        };
        /** @description An exchange rate valid from an instant */
        FxRate: {
            base: string;
            /** Format: date-time */
            effectiveAt: string;
            fxRateId: string;
            position: number;
            quote: string;
            rate: string;
        } & {
            [key: string]: unknown;
        };
        FxRateDto: {
            /** @example EUR */
            base: string;
            /**
             * @description From when the rate is in force
             * @example 2026-01-01T00:00:00Z
             */
            effectiveAt: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @example IRR */
            quote: string;
            /**
             * @description 1 base = rate quote; decimal string
             * @example 585000.5
             */
            rate: string;
        };
        /** @description Counts of the import and the first problems */
        ImportReport: {
            imported: number;
            invalid: number;
            problems: Record<string, never>[];
            problemsTruncated: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A lead */
        Lead: {
            /** Format: date-time */
            capturedAt: string;
            email: string | null;
            leadId: string;
            name: string | null;
            partnerId: string | null;
            phone: string | null;
            position: number;
            source: string | null;
            stage: string;
            status: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The lead as a customer (new or matched) and its opportunity */
        LeadConverted: {
            customerId: string;
            /** @description The id of the entity the command was about (or created) */
            id: string;
            matchedExisting: boolean;
            opportunityId?: string | null;
            /** @description The log position of the last event written; send it as X-Min-Position to read your write */
            position: number;
            /** @description The entity stream revision after the command (the ETag) */
            revision: number;
        };
        /** @description Lead funnel: conversion between stages per cohort group */
        LeadFunnel: {
            /** Format: date-time */
            asOf: string;
            groups: Record<string, never>[];
            stages: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description Two model versions scored side by side */
        LeadScoreComparison: {
            /** Format: date-time */
            at: string;
            items: Record<string, never>[];
            leads: number;
            modelA: number;
            modelB: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Leads ranked by their live score */
        LeadScores: {
            /** Format: date-time */
            at: string;
            items: Record<string, never>[];
            leads: number;
            modelVersion: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Who the calling key (or token) is: what the console shows follows the role */
        Me: {
            /** @enum {string} */
            kind: "api-key" | "jwt";
            name: string;
            partnerId: string | null;
            role: string;
        } & {
            [key: string]: unknown;
        };
        MergeDto: {
            /** @description Customers merged into this one (the survivor) */
            duplicateIds: string[];
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
        };
        MoneyDto: {
            /**
             * @description Decimal string (a JSON number is accepted)
             * @example 12500.50
             */
            amount: string;
            /**
             * @description ISO 4217
             * @example EUR
             */
            currency: string;
        };
        NewOpportunityDto: {
            amount: components["schemas"]["MoneyDto"];
            /** @example 2026-06-30 */
            expectedCloseDate: string;
            /** @example Cold brew for 40 cafés */
            name: string;
            /** @description Owner (user id) */
            owner?: string;
            pipelineId: string;
            /** @description Defaults to the pipeline's first stage */
            stage?: string;
        };
        /** @description A service notice and its progress */
        Notice: {
            byChannel: Record<string, never>;
            byLanguage: Record<string, never>;
            failed: number;
            languages: string[];
            noticeId: string;
            position: number;
            segmentId: string;
            sent: number;
            /** @enum {string} */
            status: "queued" | "running" | "completed";
            total: number | null;
        } & {
            [key: string]: unknown;
        };
        NoticeDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /**
             * @description Notices are service messages: sent without a marketing consent
             * @enum {string}
             */
            purpose: "service";
            segmentId: string;
            /**
             * @description Message per BCP 47 tag; the first is the fallback
             * @example {
             *       "en": "Our service is down for maintenance on Friday 22:00–23:00 UTC.",
             *       "fa-IR": "سرویس ما جمعه ساعت ۲۲ تا ۲۳ برای نگهداری در دسترس نیست."
             *     }
             */
            text: Record<string, never>;
        };
        /** @description NPS and CSAT over a period */
        Nps: {
            /** Format: date-time */
            asOf: string;
            overall: Record<string, never>;
            period: string;
            trend: Record<string, never>[];
        } & {
            [key: string]: unknown;
        };
        OccurredAtDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
        };
        OpenCaseDto: {
            /** @enum {string} */
            channel: "web" | "phone" | "email" | "chat" | "social" | "in_person" | "sms" | "partner";
            customerId: string;
            description?: string;
            /** @description The interaction the case comes from; without it, one is recorded on `channel` */
            interactionId?: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @enum {string} */
            priority: "urgent" | "high" | "normal" | "low";
            slaPolicyId: string;
            /** @example Refund not received */
            subject: string;
        };
        /** @description An opportunity */
        Opportunity: {
            amount: {
                amount: string;
                currency: string;
            };
            customerId: string;
            name: string;
            opportunityId: string;
            partnerId: string | null;
            pipelineId: string;
            position: number;
            probability: string;
            stage: string;
            status: string;
        } & {
            [key: string]: unknown;
        };
        OutcomeDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @description Required when lost */
            reason?: string;
        };
        /** @description A partner (reseller, branch) in the partner tree */
        Partner: {
            kind: string;
            name: string;
            parentId: string | null;
            partnerId: string;
            path: string[];
            position: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A pipeline and its stages */
        Pipeline: {
            name: string;
            pipelineId: string;
            position: number;
            stages: {
                name: string;
                probability: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description Open pipeline, raw and weighted by stage probability */
        PipelineReport: {
            /** Format: date-time */
            asOf: string;
            pipelines: Record<string, never>[];
            totals: Record<string, never>;
        } & {
            [key: string]: unknown;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        Problem: {
            detail?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            status: number;
            title: string;
            /** @description A stable URI to switch on */
            type: string;
        } & {
            [key: string]: unknown;
        };
        QualifyDto: {
            /**
             * @default sql
             * @enum {string}
             */
            level?: "mql" | "sql";
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            reason?: string;
        };
        RecordConsentDto: {
            /**
             * @description email, sms, phone, post, push, whatsapp or any
             * @example email
             */
            channel: string;
            granted: boolean;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @example marketing */
            purpose: string;
            /** @example web-form */
            source?: string;
        };
        RecordInteractionDto: {
            agent?: string;
            /**
             * @description Outbound only. Under `consent` (default) an outbound contact without consent for its purpose on its channel is refused with 409; `legal` and `service` messages go out regardless and record the consent state anyway
             * @default consent
             * @enum {string}
             */
            basis?: "consent" | "legal" | "service";
            /** @enum {string} */
            channel: "web" | "phone" | "email" | "chat" | "social" | "in_person" | "sms" | "partner";
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @example ar-EG */
            language?: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /**
             * @description Outbound only: the consent purpose; default `marketing` under consent, else the basis
             * @example marketing
             */
            purpose?: string;
            subject?: string;
            summary?: string;
        };
        RegisterCustomerDto: {
            addresses?: components["schemas"]["AddressDto"][];
            /** @description Register even when a likely duplicate exists */
            allowDuplicate?: boolean;
            /**
             * @description ISO 3166-1 alpha-2
             * @example IR
             */
            country?: string;
            /**
             * @description ISO 4217
             * @example IRR
             */
            currency?: string;
            /**
             * @example [
             *       "maryam@example.ir"
             *     ]
             */
            emails?: string[];
            externalRefs?: components["schemas"]["ExternalRefDto"][];
            /** @enum {string} */
            kind: "person" | "organization";
            /** @example مریم رضایی */
            name: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            partnerId?: string;
            /**
             * @description Local numbers are read in `country`; stored as E.164
             * @example [
             *       "0912 345 6789"
             *     ]
             */
            phones?: string[];
            /**
             * @description BCP 47
             * @example fa-IR
             */
            preferredLanguage?: string;
            /**
             * @description IANA time zone
             * @example Asia/Tehran
             */
            timeZone?: string;
        };
        RegisterPartnerDto: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example [
             *       "IR",
             *       "AM"
             *     ]
             */
            countries?: string[];
            /** @enum {string} */
            kind: "bottler" | "distributor" | "retailer";
            /** @example Zamzam Tehran Bottling */
            name: string;
            occurredAt?: string;
            /** @description The partner above this one (bottler → distributor → retailer) */
            parentId?: string;
        };
        ReplaySubscriptionDto: {
            /** @description Deliver again every event after this log position, in order */
            fromPosition: number;
        };
        /** @description The lead-scoring model in force */
        ScoringModel: {
            model: Record<string, never>;
            /** Format: date-time */
            publishedAt: string;
            version: number;
        } & {
            [key: string]: unknown;
        };
        ScoringModelDto: {
            /**
             * @description Points per signal kind before decay
             * @example {
             *       "demo_request": 30,
             *       "form_submit": 10,
             *       "web_visit": 2,
             *       "unsubscribe": -20
             *     }
             */
            engagement: {
                [key: string]: number;
            };
            /**
             * @description Fit rules on country, source, campaignId, partnerId, industry, companySize: `in` (values) or `atLeast` (number), and `points`
             * @example [
             *       {
             *         "attribute": "industry",
             *         "in": [
             *           "hospitality"
             *         ],
             *         "points": 20
             *       },
             *       {
             *         "attribute": "companySize",
             *         "atLeast": 100,
             *         "points": 10
             *       }
             *     ]
             */
            fit: {
                atLeast?: number;
                attribute: string;
                in?: unknown[];
                points: number;
            }[];
            /**
             * @description A signal is worth half its points after this many days
             * @example 30
             */
            halfLifeDays: number;
            /** @example hospitality first */
            name?: string;
            /**
             * @description Score at which a lead becomes marketing-qualified
             * @example {
             *       "mql": 40
             *     }
             */
            thresholds?: {
                [key: string]: number;
            };
        };
        /** @description The saved model and its version */
        ScoringModelSaved: {
            /** @description The id of the entity the command was about (or created) */
            id: string;
            /** @description The log position of the last event written; send it as X-Min-Position to read your write */
            position: number;
            /** @description The entity stream revision after the command (the ETag) */
            revision: number;
            version: number;
        };
        /** @description The new signing secret, shown only here, and until when the previous one still signs */
        SecretRotated: {
            /** @description The id of the entity the command was about (or created) */
            id: string;
            /** @description The log position of the last event written; send it as X-Min-Position to read your write */
            position: number;
            /** Format: date-time */
            previousSecretValidUntil: string;
            /** @description The entity stream revision after the command (the ETag) */
            revision: number;
            secret: string;
        };
        /** @description A segment: a rule over the 360° view; membership is kept live by the worker */
        Segment: {
            /** Format: date-time */
            changedAt: string;
            /** Format: date-time */
            definedAt: string;
            name: string;
            ownerPartnerId: string | null;
            position: number;
            rule: Record<string, never>;
            ruleVersion: number;
            segmentId: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A member of a segment and when it entered (business time) */
        SegmentMember: {
            customerId: string;
            /** Format: date-time */
            enteredAt: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Service KPIs in business minutes */
        ServiceKpis: {
            /** Format: date-time */
            asOf: string;
            overall: Record<string, never>;
            unit: string;
        } & {
            [key: string]: unknown;
        };
        SignalDto: {
            /** @enum {string} */
            kind: "web_visit" | "email_open" | "email_click" | "form_submit" | "event_attended" | "call" | "demo_request" | "unsubscribe";
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
        };
        /** @description An SLA policy */
        SlaPolicy: {
            holidays: string[];
            name: string;
            position: number;
            slaPolicyId: string;
            targets: Record<string, never>;
            timeZone: string;
            version: number;
            workingHours: Record<string, never>;
        } & {
            [key: string]: unknown;
        };
        SlaPolicyDto: {
            /**
             * @example [
             *       "2026-03-21"
             *     ]
             */
            holidays?: string[];
            /** @example Tehran support */
            name: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /**
             * @description ISO 8601 durations of business time per priority
             * @example {
             *       "high": {
             *         "firstResponse": "PT1H",
             *         "nextResponse": "PT2H",
             *         "resolution": "PT8H"
             *       }
             *     }
             */
            targets: Record<string, never>;
            /**
             * @description IANA time zone
             * @example Asia/Tehran
             */
            timeZone: string;
            /**
             * @description Local windows per weekday (mon…sun)
             * @example {
             *       "sat": [
             *         [
             *           "08:00",
             *           "16:00"
             *         ]
             *       ],
             *       "sun": [
             *         [
             *           "08:00",
             *           "16:00"
             *         ]
             *       ]
             *     }
             */
            workingHours: Record<string, never>;
        };
        StageDefinitionDto: {
            /** @example Proposal */
            name: string;
            /**
             * @description Win probability, a fraction 0–1 (number or decimal string)
             * @example 0.5
             */
            probability: number | string;
        };
        StageDto: {
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
            /** @example Proposal */
            stage: string;
        };
        /** @description Everything held about a data subject (GDPR access) */
        SubjectExport: {
            erased: boolean;
            /** Format: date-time */
            exportedAt: string;
            kind: string;
            subjectId: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A webhook subscription and its delivery state */
        Subscription: {
            /** Format: date-time */
            createdAt: string;
            delivery: {
                consecutiveFailures: number;
                deadLettered: number;
                delivered: number;
                /** Format: date-time */
                lastDeliveredAt?: string | null;
                lastError?: string | null;
                position: number;
            };
            fromPosition: number;
            position: number;
            /** @enum {string} */
            status: "active" | "deleted";
            subscriptionId: string;
            types: string[];
            url: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The new subscription and its signing secret, shown only here */
        SubscriptionCreated: {
            /** @description The id of the entity the command was about (or created) */
            id: string;
            /** @description The log position of the last event written; send it as X-Min-Position to read your write */
            position: number;
            /** @description The entity stream revision after the command (the ETag) */
            revision: number;
            /** @description Standard Webhooks secret; store it now */
            secret: string;
        };
        /** @description A task */
        Task: {
            assignee: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string | null;
            partnerId: string | null;
            position: number;
            status: string;
            taskId: string;
            title: string;
        } & {
            [key: string]: unknown;
        };
        UnmergeDto: {
            /** @description The customer merged into this one that becomes a customer of its own again */
            customerId: string;
            /**
             * @description Business time (ISO 8601 with offset); defaults to now
             * @example 2026-03-03T10:00:00+03:30
             */
            occurredAt?: string;
        };
        /** @description Won against lost per pipeline */
        WinRate: {
            /** Format: date-time */
            asOf: string;
            overall: Record<string, never>;
            pipelines: Record<string, never>[];
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Malformed request: a parameter, header or body field is invalid (`errors` names each field) */
        Problem400: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid API key or token */
        Problem401: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The key's role may not do this */
        Problem403: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such entity */
        Problem404: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict with the current state (a likely duplicate, a concurrent write, a repeated Idempotency-Key with another body) */
        Problem409: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match names a revision the entity has moved on from */
        Problem412: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the configured limit */
        Problem413: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not application/json */
        Problem415: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but refused by the domain rules (`errors` names each field) */
        Problem422: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests in the window */
        Problem429: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                /** @description Seconds to wait before retrying */
                "Retry-After": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The read models have not reached X-Min-Position in time, or a dependency is unavailable; retry after Retry-After */
        Problem503: {
            headers: {
                /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                RateLimit?: string;
                /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                "RateLimit-Policy"?: string;
                /** @description Seconds to wait before retrying */
                "Retry-After": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CampaignsController_roi: {
        parameters: {
            query?: {
                /** @description Instant (ISO 8601); default now. Contacts and responses up to it, FX rates in force at it */
                asOf?: unknown;
                /** @description ISO 4217; default the budget currency */
                currency?: unknown;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAnalytics"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesQueriesController_forecast: {
        parameters: {
            query?: {
                /** @description Business time the figures are as of (ISO 8601 with offset); default now. FX rates in force then are used. */
                asOf?: string;
                /** @description Figures of one country (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description ISO 4217: convert every amount into it; without it, amounts stay per currency */
                currency?: string;
                /** @description Start of the period (inclusive) */
                from?: string;
                /** @description Figures of this partner's whole subtree (the partner and everything below it); a partner key may name only partners of its own subtree */
                partnerId?: string;
                pipelineId?: string;
                /** @description End of the period (exclusive) */
                to?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Forecast"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesQueriesController_funnel: {
        parameters: {
            query?: {
                /** @description Business time the figures are as of (ISO 8601 with offset); default now. FX rates in force then are used. */
                asOf?: string;
                by?: "source" | "campaign" | "country" | "partner";
                /** @description Figures of one country (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description ISO 4217: convert every amount into it; without it, amounts stay per currency */
                currency?: string;
                /** @description Start of the period (inclusive) */
                from?: string;
                /** @description Figures of this partner's whole subtree (the partner and everything below it); a partner key may name only partners of its own subtree */
                partnerId?: string;
                pipelineId?: string;
                /** @description Steps, comma-separated, in order (any of subscriber, lead, mql, sql, opportunity, customer, advocate); default lead,mql,sql,opportunity,customer */
                stages?: string;
                /** @description End of the period (exclusive) */
                to?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadFunnel"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesQueriesController_leadScores: {
        parameters: {
            query?: {
                /** @description Score as of this instant; default now */
                asOf?: string;
                limit?: number;
                /** @description Model version; default the one in force */
                modelVersion?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadScores"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesQueriesController_compare: {
        parameters: {
            query: {
                /** @description Score as of this instant; default now */
                asOf?: string;
                /** @description Rows (largest rank changes first) and size of the top-N overlap */
                limit?: number;
                /** @description First model version */
                modelA: number;
                /** @description Second model version */
                modelB: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadScoreComparison"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceQueriesController_npsAnalytics: {
        parameters: {
            query?: {
                /** @description Business time: the figures as they stood then (default now) */
                asOf?: string;
                /** @description Figures of one country (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description Cases opened (feedback given) at or after this instant */
                from?: string;
                /** @description Figures of this partner's whole subtree (the partner and everything below it); a partner key may name only partners of its own subtree */
                partnerId?: string;
                period?: "day" | "month" | "year";
                /** @description Cases opened (feedback given) before this instant */
                to?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nps"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesQueriesController_pipeline: {
        parameters: {
            query?: {
                /** @description Business time the figures are as of (ISO 8601 with offset); default now. FX rates in force then are used. */
                asOf?: string;
                /** @description Figures of one country (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description ISO 4217: convert every amount into it; without it, amounts stay per currency */
                currency?: string;
                /** @description Start of the period (inclusive) */
                from?: string;
                /** @description Figures of this partner's whole subtree (the partner and everything below it); a partner key may name only partners of its own subtree */
                partnerId?: string;
                pipelineId?: string;
                /** @description End of the period (exclusive) */
                to?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineReport"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceQueriesController_serviceAnalytics: {
        parameters: {
            query?: {
                /** @description Business time: the figures as they stood then (default now) */
                asOf?: string;
                /** @description Figures of one country (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description Cases opened (feedback given) at or after this instant */
                from?: string;
                /** @description Figures of this partner's whole subtree (the partner and everything below it); a partner key may name only partners of its own subtree */
                partnerId?: string;
                /** @description Cases opened (feedback given) before this instant */
                to?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceKpis"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesQueriesController_winRate: {
        parameters: {
            query?: {
                /** @description Business time the figures are as of (ISO 8601 with offset); default now. FX rates in force then are used. */
                asOf?: string;
                /** @description Figures of one country (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description ISO 4217: convert every amount into it; without it, amounts stay per currency */
                currency?: string;
                /** @description Start of the period (inclusive) */
                from?: string;
                /** @description Figures of this partner's whole subtree (the partner and everything below it); a partner key may name only partners of its own subtree */
                partnerId?: string;
                pipelineId?: string;
                /** @description End of the period (exclusive) */
                to?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WinRate"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ApiKeysController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    AccessLogController_auditEvents: {
        parameters: {
            query?: {
                /** @description Actor as recorded (`key:<id>`, `cli:<user>`); a bare API key id also matches */
                actorId?: string;
                /** @description Opaque; from nextCursor */
                cursor?: string;
                /** @description Inclusive start (system time, ISO 8601 with offset) */
                from?: string;
                limit?: number;
                /** @description Exclusive end (system time, ISO 8601 with offset) */
                to?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CustomerEvent"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceCommandsController_defineRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomationRuleDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ServiceQueriesController_getRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRule"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceCommandsController_disableRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Campaign"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CampaignsController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OccurredAtDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignLaunch"];
                };
            };
            /** @description Accepted: still running in the background; the answer so far, progress at Location */
            202: {
                headers: {
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignLaunch"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CampaignsController_respond: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignResponseDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ServiceQueriesController_listCases: {
        parameters: {
            query?: {
                assignee?: string;
                /** @description Breached: recorded, or a running clock past due now */
                breached?: "true" | "false";
                /** @description ISO 3166-1 alpha-2: cases of that country's customers */
                country?: string;
                /** @description Opaque; from nextCursor */
                cursor?: string;
                customerId?: string;
                limit?: number;
                /** @description Cases of that partner's whole subtree (404 outside a partner key's own) */
                partnerId?: string;
                priority?: string;
                status?: "open" | "waiting" | "resolved" | "closed";
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Case"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CasesController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ServiceQueriesController_getCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CasesController_action: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description What happens to the case */
                action: "respond" | "pause" | "resume" | "resolve" | "reopen" | "close";
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseNoteDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CasesController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CasesController_escalate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalateCaseDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    AccessLogController_accessLog: {
        parameters: {
            query?: {
                /** @description Actor as recorded (`key:<id>`, `cli:<user>`); a bare API key id also matches */
                actorId?: string;
                /** @description Opaque; from nextCursor */
                cursor?: string;
                /** @description Inclusive start (system time, ISO 8601 with offset) */
                from?: string;
                limit?: number;
                /** @description The data subject (customer id) */
                subjectId?: string;
                /** @description Exclusive end (system time, ISO 8601 with offset) */
                to?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AccessLogEntry"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ComplianceController_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseSubjectDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ComplianceController_export: {
        parameters: {
            query?: never;
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectExport"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CustomerQueriesController_search: {
        parameters: {
            query?: {
                country?: string;
                /** @description Opaque; from nextCursor */
                cursor?: string;
                email?: string;
                limit?: number;
                partnerId?: string;
                /** @description Local numbers are read in `country` when given */
                phone?: string;
                /** @description Words of the name (any script, folded: Müller = Mueller = Muller); the last word may be unfinished (`Han` finds Hans) */
                q?: string;
                /** @description Current members of the segment only, in customer-id order (not with sort); 422 for a segment you cannot see */
                segmentId?: string;
                /** @description List order (`-` = descending); default: by customer id. A cursor belongs to the order it came from */
                sort?: "name" | "-name" | "lastContactAt" | "-lastContactAt" | "createdAt" | "-createdAt";
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Customer"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CustomersController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCustomerDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CustomerQueriesController_get: {
        parameters: {
            query?: {
                /** @description Business time: the view as things stood then */
                asOf?: string;
                /** @description System time: the view as we knew it then */
                knownAt?: string;
            };
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CustomersController_changeProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeProfileDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CustomersController_recordConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsentDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ConsentProofController_consentAt: {
        parameters: {
            query: {
                /** @description Business time of the contact */
                at: string;
                /** @description A consent channel (email, sms, phone, post, push, whatsapp, any) or an interaction channel, mapped: email→email, sms→sms, phone→phone; chat, social, web, in_person and partner have no consent channel of their own and are covered only by consent for `any` */
                channel: string;
                /** @description System time: answer with what the log held then (default: everything recorded) */
                knownAt?: string;
                purpose: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentsAt"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CustomersController_addContactPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddContactPointDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPointAdded"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CustomerQueriesController_contactPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                contactPointId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPoint"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CustomersController_removeContactPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                contactPointId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CustomerQueriesController_history: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CustomerEvent"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    CustomersController_recordInteraction: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInteractionDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    MergeController_merge: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    CustomerQueriesController_timeline: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                /** @description Only the entries of one interaction */
                interactionId?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CustomerEvent"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    MergeController_unmerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnmergeDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    DuplicatesController_list: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Only pairs scoring at least this */
                minScore?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DuplicateCandidate"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                /** @description Read after this log position (exclusive) */
                after?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only these event types, comma-separated */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CloudEvent"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    EventsController_stream: {
        parameters: {
            query?: {
                /** @description Read after this log position (exclusive) */
                after?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only these event types, comma-separated */
                type?: string;
            };
            header?: {
                /** @description Resume after this log position (sent by EventSource on reconnect) */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A live text/event-stream of CloudEvents: `id` is the log position, `data` one CloudEvent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    ServiceListsController_list: {
        parameters: {
            query?: {
                caseId?: string;
                /** @description Opaque; from nextCursor */
                cursor?: string;
                customerId?: string;
                kind?: "nps" | "csat";
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Feedback"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceCommandsController_feedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ServiceListsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesListsController_fxRates: {
        parameters: {
            query: {
                /** @description ISO 4217 */
                base: string;
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
                /** @description ISO 4217 */
                quote: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FxRate"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DealsController_fxRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FxRateDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ImportsController_create: {
        parameters: {
            query?: {
                /** @description URL-encoded JSON column mapping: {"columns":{"E-mail":"emails",…},"defaults":{"kind":"person"}} (docs/identity.md) */
                mapping?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SalesQueriesController_scoringModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringModel"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DealsController_scoringModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoringModelDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringModelSaved"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SalesListsController_leads: {
        parameters: {
            query?: {
                campaignId?: string;
                /** @description Opaque; from nextCursor */
                cursor?: string;
                /** @description The customer a lead was converted into */
                customerId?: string;
                limit?: number;
                status?: "open" | "disqualified" | "converted";
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Lead"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    LeadsController_capture: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureLeadDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SalesQueriesController_lead: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    LeadsController_convert: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConvertLeadDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadConverted"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    LeadsController_disqualify: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisqualifyDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    LeadsController_qualify: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualifyDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    LeadsController_signal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignalDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    NoticesController_list: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notice"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    NoticesController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticeDto"];
            };
        };
        responses: {
            /** @description Accepted: the work continues in the background, its progress is at Location */
            202: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    NoticesController_progress: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesListsController_opportunities: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                customerId?: string;
                limit?: number;
                pipelineId?: string;
                status?: "open" | "won" | "lost";
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Opportunity"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DealsController_opportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOpportunityDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SalesQueriesController_opportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DealsController_lost: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    DealsController_stage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    DealsController_won: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    PartnersController_list: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
                parentId?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Partner"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    PartnersController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPartnerDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    PartnersController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SalesListsController_pipelines: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Pipeline"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    DealsController_pipeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePipelineDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SalesListsController_pipeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SegmentsController_list: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Segment"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SegmentsController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineSegmentDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SegmentsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SegmentsController_change: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSegmentDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SegmentsController_members: {
        parameters: {
            query?: {
                /** @description Business time: the members as things stood then */
                asOf?: string;
                /** @description With purpose: the consent channel (default any) */
                channel?: "email" | "sms" | "phone" | "post" | "push" | "whatsapp" | "any";
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Only members whose consent for this purpose is in force (at asOf, else now) */
                purpose?: string;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SegmentMember"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceListsController_policies: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SlaPolicy"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceCommandsController_definePolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ServiceQueriesController_getPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceCommandsController_changePolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SubscriptionsController_list: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Subscription"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SubscriptionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionCreated"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SubscriptionsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SubscriptionsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SubscriptionsController_deadLetters: {
        parameters: {
            query?: {
                /** @description Opaque; from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DeadLetter"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    SubscriptionsController_requeue: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SubscriptionsController_replay: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaySubscriptionDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    SubscriptionsController_rotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretRotated"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ServiceQueriesController_listTasks: {
        parameters: {
            query?: {
                assignee?: string;
                /** @description Opaque; from nextCursor */
                cursor?: string;
                customerId?: string;
                limit?: number;
                status?: "open" | "done";
            };
            header?: {
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Task"][];
                        /** @description Pass as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every match, given only where an index counts it cheaply (never by a scan) */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceCommandsController_createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Where the created entity is read */
                    Location: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
    ServiceQueriesController_getTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held: 304 without a body while it still matches */
                "If-None-Match"?: string;
                /** @description Wait (bounded) until the read models have applied this log position; 503 + Retry-After when they do not in time */
                "X-Min-Position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Not modified: the If-None-Match tag still matches */
            304: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag?: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    ServiceCommandsController_completeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat answers the first response and writes nothing (1–200 visible ASCII characters) */
                "Idempotency-Key"?: string;
                /** @description The ETag last read (`"3"` or `"3.120"`); 412 when the entity has moved on */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OccurredAtDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The entity tag; send it back in If-Match (commands) or If-None-Match (reads) */
                    ETag: string;
                    /** @description Requests left in the window and seconds until it resets (`limit=…, remaining=…, reset=…`); absent when rate limiting is off */
                    RateLimit?: string;
                    /** @description The policy, e.g. `36000;w=60`; absent when rate limiting is off */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
        };
    };
}

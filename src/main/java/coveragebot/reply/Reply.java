package coveragebot.reply;

/**
 * What a command answers, independent of where it is shown. Renderers switch exhaustively over this
 * sealed type, so a new reply does not compile until every front end can show it.
 */
public sealed interface Reply
    permits SearchReply,
        SourcesReply,
        HelpReply,
        PassagesReply,
        ErrorReply,
        // timeline (issue 5)
        TimelineReply,
        CoverageReply,
        EventsReply,
        // quotations (issue 4)
        QuoteReply,
        SpeakersReply,
        QuotationsReply,
        // check (issue 6)
        CheckReply,
        CompareReply,
        // reload (issues 7, 8, 9)
        ReloadReply {}

using RumourBot.Reports.Text;

using static RumourBot.Reports.People.NameCandidates;

namespace RumourBot.Reports.People;

/// <summary>
/// Reads from the words around a person's mention whether they are a manager, an official, a journalist or a player,
/// and whether the text names them only as context ("X's injury", "replacing X").
/// </summary>
internal static class PersonRoleReader
{
    private static readonly (string Cue, PersonRole Role)[] RoleBefore =
    [
        ("head coach", PersonRole.Manager), ("coach", PersonRole.Manager), ("manager", PersonRole.Manager),
        ("boss", PersonRole.Manager), ("gaffer", PersonRole.Manager), ("trainer", PersonRole.Manager),
        ("tactician", PersonRole.Manager), ("under", PersonRole.Manager),
        // "Under the command of Dorival Júnior": who leads a team.
        ("command of", PersonRole.Manager), ("orders of", PersonRole.Manager), ("guidance of", PersonRole.Manager), ("tutelage of", PersonRole.Manager),
        // "Sir Alex Ferguson has slammed the idea": a knight in a transfer story is a manager or an owner, never the mover.
        ("sir", PersonRole.Manager), ("director", PersonRole.Official),
        ("chairman", PersonRole.Official), ("director of football", PersonRole.Official), ("head of football", PersonRole.Official), ("president", PersonRole.Official), ("owner", PersonRole.Official), ("shareholder", PersonRole.Official),
        // "West Ham co-owner David Sullivan": one word with its prefix, so "owner" alone does not match it.
        ("co-owner", PersonRole.Official), ("co-chairman", PersonRole.Official), ("vice-chairman", PersonRole.Official), ("joint-chairman", PersonRole.Official),
        ("chief executive", PersonRole.Official), ("director general", PersonRole.Official), ("general", PersonRole.Official),
        ("vice-president", PersonRole.Official), ("ceo", PersonRole.Official), ("gm", PersonRole.Official), ("agent", PersonRole.Official),
        ("representative", PersonRole.Official), ("referee", PersonRole.Official), ("journalist", PersonRole.Journalist),
        ("reporter", PersonRole.Journalist), ("correspondent", PersonRole.Journalist), ("insider", PersonRole.Journalist),
        ("pundit", PersonRole.Journalist), ("presenter", PersonRole.Journalist), ("according to", PersonRole.Journalist),
        ("reported by", PersonRole.Journalist), ("informed by", PersonRole.Journalist), ("via", PersonRole.Journalist), ("photographer", PersonRole.Journalist), ("columnist", PersonRole.Journalist),
        // "Transfer specialist Sacha Tavolieri seems to know": who is known for transfer news tells it.
        ("transfer specialist", PersonRole.Journalist), ("transfer expert", PersonRole.Journalist), ("transfer guru", PersonRole.Journalist),
    ];

    private static readonly (string[] Cue, PersonRole Role)[] RoleBeforeWords =
        RoleBefore.Select(r => (r.Cue.Split(' '), r.Role)).ToArray();

    // Whether the words just before index `end` are the cue.
    private static bool EndsWith(string[] words, int end, string[] cue)
    {
        if (end < cue.Length) return false;
        for (var k = 0; k < cue.Length; k++)
        {
            if (!string.Equals(words[end - cue.Length + k], cue[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static readonly Dictionary<string, PersonRole> RoleAfterPossessive = new(StringComparer.OrdinalIgnoreCase)
    {
        ["outfit"] = PersonRole.Manager, ["side"] = PersonRole.Manager, ["team"] = PersonRole.Manager,
        ["men"] = PersonRole.Manager, ["squad"] = PersonRole.Manager, ["charges"] = PersonRole.Manager,
        ["tactics"] = PersonRole.Manager, ["system"] = PersonRole.Manager, ["project"] = PersonRole.Manager,
        ["update"] = PersonRole.Journalist, ["report"] = PersonRole.Journalist, ["reporting"] = PersonRole.Journalist,
        ["sources"] = PersonRole.Journalist, ["information"] = PersonRole.Journalist, ["column"] = PersonRole.Journalist,
        ["exclusive"] = PersonRole.Journalist, ["scoop"] = PersonRole.Journalist, ["article"] = PersonRole.Journalist,
        ["podcast"] = PersonRole.Journalist, ["newsletter"] = PersonRole.Journalist,
    };

    private static readonly HashSet<string> JournalistVerbsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "reported", "reports", "understands", "reporting",
    };

    // "as David Moyes continues his hunt for a new No.9": a hunt for a player is the manager's (a player hunts for a club).
    // Read also of the subject of a clause opened by "as" or "while", where "his side" would not be ("as Diagne struck a
    // consolation in his side's defeat").
    private static readonly string[] HuntPhrases =
        [.. from hunt in new[] { "hunt", "search" }
            from position in new[] { "striker", "no.9", "no 9", "number nine", "number 9", "forward", "midfielder", "defender", "centre-back", "centre-half", "goalkeeper", "keeper", "winger", "full-back", "left-back", "right-back" }
            select $"his {hunt} for a new {position}"];

    // "Mikel Arteta has been forced to reshuffle his front line": only a manager owns the squad.
    private static readonly string[] ManagerPhrases =
        ["his squad", "his side", "his team", "his front line", "his back line", "his defence", "his midfield", "his attack",
         "his options", "his players", "his starting", "his system", "his tactics", "his formation", "his first season in charge",
         "in charge", "his reign", "his coaching staff", "his dugout", "the dugout", "took charge", "takes charge",
         "his press conference", "pre-match", "post-match", "touchline",
         // "Herrera will have his third incorporation after the arrival of Angulo": a club's signings are its manager's.
         .. from order in new[] { "first", "second", "third", "fourth", "fifth", "latest", "next" }
            from signing in new[] { "signing", "incorporation", "reinforcement", "recruit", "addition" }
            select $"his {order} {signing}",
         .. HuntPhrases];

    private static readonly HashSet<string> ContextBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "replace", "replaces", "replaced", "replacing", "replacement", "successor", "lost", "without", "behind", "injured", "alongside", "team-mate", "teammate", "deputy",
        "understudy", "than", "like", "partner",
    };

    private static readonly HashSet<string> ContextAfterPossessive = new(StringComparer.OrdinalIgnoreCase)
    {
        "injury", "absence", "knee", "hamstring", "ankle", "illness", "goal", "goals", "brace", "hat-trick", "form",
        "return", "recovery", "surgery", "successor", "replacement",
    };

    /// <summary>"Jamie Carragher's son James": the words of a family tie, after which the man named first is context.</summary>
    public static readonly HashSet<string> Kin = new(StringComparer.OrdinalIgnoreCase) { "son", "brother", "nephew", "cousin", "grandson" };

    // "a Jack Grealish replacement", "their Grealish absence": a name used as a noun's modifier is another's story.
    private static readonly HashSet<string> ContextAfterName = new(StringComparer.OrdinalIgnoreCase)
    {
        "replacement", "replacements", "successor", "absence", "heir", "understudy",
    };

    public static void ReadRole(Person person, Sentence sentence, int start, int count)
    {
        var words = sentence.Words;
        var last = words[start + count - 1];
        var next = start + count < words.Count ? words[start + count].Text : "";

        var lower = sentence.LowerWords;
        if (person.RoleReadInHeadline && !sentence.IsHeadline && start > 0 && PlayingPositions.Contains(lower[start - 1]))
        {
            person.Role = PersonRole.Player;
            person.RoleReadInHeadline = false;
        }
        foreach (var (cue, role) in RoleBeforeWords)
        {
            if (!EndsWith(lower, start, cue)) continue;
            // "according to one De Telegraaf journalist, Davinson Sanchez leaves for Tottenham": a comma after the cue
            // closes its phrase unless the name is an aside ("journalist, David Ornstein, says") or its verb reports.
            if (start > 0 && CommaBetween(sentence, start - 1, start) && !AsideOrReporting(sentence, start + count)) break;
            // "free agent Steven Fletcher" is a player without a club, not an agent.
            if (role == PersonRole.Official && cue is ["agent"] && start >= 2 && lower[start - 2] == "free") break;
            // "according to Philippe Coutinho's agent": the one cited is the agent, not the player.
            if (role == PersonRole.Journalist && last.IsPossessive && !(RoleAfterPossessive.TryGetValue(next, out var after) && after == PersonRole.Journalist)) break;
            Assign(person, role, sentence);
            return;
        }
        // "Cullen will be following Vincent Kompany to Turf Moor", "Dike has followed Ismael to West Brom": a player follows
        // his manager to a new club.
        if (start > 0 && lower[start - 1] is "follow" or "follows" or "followed" or "following" && next.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            Assign(person, PersonRole.Manager, sentence);
            return;
        }
        // "No decision has been made from Jake's side", "on the player's side": his part in a deal, not a team he leads.
        if (last.IsPossessive && RoleAfterPossessive.TryGetValue(next, out var possessiveRole)
            && !(next.Equals("side", StringComparison.OrdinalIgnoreCase) && start > 0 && lower[start - 1] is "from" or "on"))
        {
            Assign(person, possessiveRole, sentence);
            return;
        }
        // "…for Colby Bishop last month, reports Alan Nixon.": a name closing the sentence after ", reports".
        if (start >= 2 && lower[start - 1] is "reports" or "reported" or "writes" or "claims" && start + count == words.Count
            && sentence.Text.AsSpan(words[start - 2].End, words[start - 1].Start - words[start - 2].End).Contains(','))
        {
            Assign(person, PersonRole.Journalist, sentence);
            return;
        }
        // "— Anna Clarke (@annaclarke) May 3, 2024": the author of an embedded post the story has not named before
        // reports it (a player posting his own farewell is named in the story first).
        if (person.Mentions.Count == 1 && Sources.CitationReader.IsTweetSignature(sentence, start, count))
        {
            Assign(person, PersonRole.Journalist, sentence);
            return;
        }
        // "Paul Joyce reported" names a reporter; "…for Mason Greenwood, reports L'Equipe" does not.
        // "Catarro claims that Benfica have rejected the bid": who claims what a club has done reports it.
        if (!last.IsPossessive && (JournalistVerbAfter(sentence, start + count) || ClaimsOfAClub(sentence, start + count)) && Adjacent(sentence, start + count - 1, start + count)
            && !Sources.CitationReader.ReportsIsNoun(sentence, start, start + count))
        {
            Assign(person, PersonRole.Journalist, sentence);
            return;
        }

        // Only as the sentence's subject: "X has reshuffled his front line", not "Y described X as vital to his squad". So
        // is the subject of a clause opened by ", with" ("…before the season is out, with X keen to cut players from his squad").
        if ((start <= 1 || SubjectAfterCommaWith(sentence, start) || SubjectAfterAs(sentence, start)) && person.Role == PersonRole.Player)
        {
            // A possessive keeps its "'s", so that a match he played in ("in his side's defeat") is told from a side he owns.
            var ahead = string.Join(' ', Enumerable.Range(start + count, Math.Min(14, words.Count - start - count))
                .Select(i => words[i].IsPossessive ? words[i].Text.ToLowerInvariant() + "'s" : words[i].Text.ToLowerInvariant()));
            if ((SubjectAfterAs(sentence, start) ? HuntPhrases : ManagerPhrases).Any(phrase => OwnsAsManager(ahead, phrase))
                || HuntsForAPlayer(lower, start + count)) { Assign(person, PersonRole.Manager, sentence); return; }
        }

        // "…, Anderson Barros had started talks with Tigres to negotiate the hiring of defender Carlos Salcedo": who deals
        // for another named man is a club's man.
        if (person.Role == PersonRole.Player && (start == 0 || CommaBetween(sentence, start - 1, start)) && DealsForAnother(sentence, start + count))
        {
            Assign(person, PersonRole.Official, sentence);
            return;
        }

        // "Rafa Benitez has tabled a bid of €1.3million for the attacker": a man who bids for a player is a club's man.
        if (person.Role == PersonRole.Player && BidsAfter(lower, start + count))
        {
            Assign(person, PersonRole.Official, sentence);
            return;
        }

        // "a bid to sign a transfer target for Mikel Arteta": the man a target is for is the manager who wants him.
        if (person.Role == PersonRole.Player && start >= 2 && lower[start - 1] == "for" && lower[start - 2] is "target" or "targets")
        {
            Assign(person, PersonRole.Manager, sentence);
            return;
        }

        var previous = start > 0 ? words[start - 1].Text : "";
        // A lower-case headline drops the apostrophe: "jamie carragher son james signs" is "Carragher's son".
        if (ContextBefore.Contains(previous) || TheNext(lower, start) || AfterAnEarlierExit(lower, start) || ReplacementFor(lower, start) || AmongTheLikesOf(sentence, lower, start) || (last.IsPossessive || !last.IsCapitalised ? ContextAfterPossessive.Contains(next) || Kin.Contains(next) : ContextAfterName.Contains(next)) || IsMakeweight(lower, start + count) || AddedToAnOffer(lower, start))
        {
            person.ContextMentions++;
            person.ContextSentences.Add(sentence.Index);
        }
    }

    // "dubbed 'the next Eden Hazard'": a star the player is likened to is the story's context.
    private static bool TheNext(string[] lower, int start) => start >= 2 && lower[start - 1] == "next" && lower[start - 2] == "the";

    // "following the likes of Sergio Aguero, Edin Dzeko and David Silva": players named as examples are the story's
    // context, not its subject.
    private static bool AmongTheLikesOf(Sentence sentence, string[] lower, int start)
    {
        for (var i = start - 1; i >= 2 && i >= start - 16; i--)
        {
            if (lower[i] == "of" && lower[i - 1] == "likes" && lower[i - 2] == "the") return true;
            if (!sentence.Words[i].IsCapitalised && lower[i] != "and") return false;
        }
        return false;
    }

    // "a possible replacement for Emi Buendia": the man whose place is to be filled is the story's context; the one who
    // may fill it moves. Not "successor to": a club's ageing star succeeded is often still its news (his contract, his
    // role), and reading him as context gave a story's sides to the wrong clubs.
    private static bool ReplacementFor(string[] lower, int start) =>
        start >= 2 && lower[start - 1] is "for" or "to" or "of" && lower[start - 2] is "replacement" or "replacements";

    // "After the departure of Jorge Sánchez, the Eagles have struggled to find his replacement", "his third signing after
    // the arrival of Jesús Angulo", "flush with cash following their huge sale of Jack Grealish": a player whose move a
    // story starts from is its past.
    private static bool AfterAnEarlierExit(string[] lower, int start)
    {
        if (start < 4 || lower[start - 1] != "of" || lower[start - 2] is not ("departure" or "exit" or "sale" or "loss" or "arrival" or "signing")) return false;
        // The determiner, then at most one word that colours the noun ("huge", "record").
        for (var at = start - 3; at >= Math.Max(1, start - 4); at--)
        {
            if (lower[at] is "the" or "their" or "his" or "its") return lower[at - 1] is "after" or "following" or "since";
        }
        return false;
    }

    // "negotiate the hiring of defender Carlos Salcedo", "sanctioned the signing of Jesus Angulo": within the clause, a
    // verb of dealing, then the signing of someone named.
    private static bool DealsForAnother(Sentence sentence, int after)
    {
        var lower = sentence.LowerWords;
        var end = Math.Min(lower.Length - 3, after + 14);
        for (var i = after; i < end; i++)
        {
            if (!DealingVerbs.Contains(lower[i]) || lower[i + 1] != "the" || !SigningNouns.Contains(lower[i + 2]) || lower[i + 3] != "of") continue;
            var named = i + 4;
            if (named < lower.Length && !sentence.Words[named].IsCapitalised) named++;
            return named < lower.Length && sentence.Words[named].IsCapitalised && !NameCandidates.IsNeverAName(sentence.Words[named].Text);
        }
        return false;
    }

    private static bool BidsAfter(string[] lower, int after)
    {
        var i = after;
        if (i < lower.Length && lower[i] is "has" or "have" or "had") i++;
        if (i < lower.Length && lower[i] == "reportedly") i++;
        if (i >= lower.Length || lower[i] is not ("tabled" or "submitted" or "lodged" or "launched")) return false;
        for (var k = i + 1; k < Math.Min(lower.Length, i + 5); k++)
        {
            if (lower[k] is "bid" or "offer" or "proposal") return true;
        }
        return false;
    }

    private static readonly HashSet<string> DealingVerbs = new(StringComparer.Ordinal)
    {
        "negotiate", "negotiating", "negotiated", "sanction", "sanctioned", "approve", "approved", "authorise", "authorised",
        "authorize", "authorized", "requested", "request", "finalise", "finalize", "finalising", "finalizing",
    };

    private static readonly HashSet<string> SigningNouns = new(StringComparer.Ordinal)
    {
        "hiring", "signing", "purchase", "acquisition", "recruitment", "arrival", "transfer",
    };

    // "Martinez eyeing Norwegian midfielder", "Martinez is preparing a bid for Norwegian U21 international midfielder
    // Stefan Johansen": who wants or bids for a player by his position is the buying side's man.
    private static bool HuntsForAPlayer(string[] lower, int after)
    {
        var at = after < lower.Length && lower[after] is "is" or "are" or "has" or "have" ? after + 1 : after;
        if (at >= lower.Length) return false;
        if (HuntingVerbs.Contains(lower[at])) at++;
        // "Pochettino is keen to open talks with the 20-year-old striker".
        else if (at + 2 < lower.Length && lower[at] is "keen" or "eager" or "desperate" && lower[at + 1] == "to" && KeenToVerbs.Contains(lower[at + 2])) at += 3;
        else if (at + 3 < lower.Length && lower[at] is "preparing" or "prepares" or "lodged" or "lodges" or "submitted" or "submits" or "made" or "makes"
                 && lower[at + 1] is "a" or "an" && lower[at + 2] is "bid" or "offer" && lower[at + 3] == "for") at += 4;
        else return false;
        for (var i = at; i < Math.Min(lower.Length, at + 5); i++)
        {
            if (!HuntedPositions.Contains(lower[i])) continue;
            // "Kane eyes striker role": a place in a team, not a player.
            return i + 1 >= lower.Length || lower[i + 1] is not ("role" or "roles" or "position" or "spot" or "berth");
        }
        return false;
    }

    private static readonly HashSet<string> HuntingVerbs = new(StringComparer.Ordinal)
    {
        "eyeing", "eyes", "eye", "wants", "want", "targets", "targeting", "targetting", "chasing", "chases", "chase", "pursuing", "pursues",
    };

    // What a manager is keen to do with a player ("keen to sign", "keen to open talks with"); not ClubRoleCues.SigningVerbs,
    // the verbs after which "from" names his club.
    private static readonly HashSet<string> KeenToVerbs = new(StringComparer.Ordinal)
    {
        "sign", "land", "bring", "recruit", "add", "open", "acquire", "secure", "snap",
    };

    private static readonly HashSet<string> HuntedPositions = new(StringComparer.Ordinal)
    {
        "striker", "strikers", "forward", "forwards", "midfielder", "midfielders", "defender", "defenders", "winger", "wingers",
        "goalkeeper", "goalkeepers", "keeper", "keepers", "full-back", "full-backs", "centre-back", "centre-backs", "playmaker",
    };

    private static bool CommaBetween(Sentence sentence, int left, int right) =>
        sentence.Text.AsSpan(sentence.Words[left].End, sentence.Words[right].Start - sentence.Words[left].End).Contains(',');

    private static bool AsideOrReporting(Sentence sentence, int after) =>
        after >= sentence.Words.Count || CommaBetween(sentence, after - 1, after) || ReportingVerbs.Contains(sentence.LowerWords[after]);

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "claims", "claimed", "reports", "reported", "revealed", "reveals", "wrote", "writes",
        "added", "adds", "explained", "explains", "believes", "understands", "tweeted", "posted", "stated", "states", "insists", "insisted",
    };

    // "… rejected last month as David Moyes continues his hunt": the subject of a clause opened by "as" or "while".
    private static bool SubjectAfterAs(Sentence sentence, int start) => start >= 2 && sentence.LowerWords[start - 1] is "as" or "while";

    private static bool SubjectAfterCommaWith(Sentence sentence, int start) =>
        start >= 2 && sentence.LowerWords[start - 1] == "with" && sentence.Text.AsSpan(0, sentence.Words[start - 1].Start).TrimEnd().EndsWith(",");

    // "X has reshuffled his side", not "X helped his side finish sixth" nor "X scored 12 goals for his side": a player
    // plays for, helps or fires his side; only a manager owns it.
    private static bool OwnsAsManager(string ahead, string phrase)
    {
        var at = WholeWordsAt(ahead, phrase);
        // "praised his side's character" is a manager's; "scored in his side's defeat" any player's, and so is a possessive
        // whose noun falls past the words read.
        if (at < 0 && phrase.StartsWith("his ", StringComparison.Ordinal) && WholeWordsAt(ahead, phrase + "'s") is >= 0 and var owned)
        {
            var after = ahead.AsSpan(owned + phrase.Length + 2).TrimStart();
            var next = after[..(after.IndexOf(' ') is >= 0 and var space ? space : after.Length)];
            if (next.IsEmpty || char.IsAsciiDigit(next[0]) || MatchResults.Contains(next.ToString())) return false; // "his side's 4-2 loss"
            at = owned;
        }
        if (at < 0) return false;
        if (!phrase.StartsWith("his ", StringComparison.Ordinal) || at == 0) return true;
        var before = ahead.AsSpan(0, at - 1);
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        // "Rice became his first signing": what a player is to his manager is no squad of his own.
        return previous is not ("helped" or "help" or "helps" or "helping" or "for" or "fired" or "inspired" or "led" or "leave" or "left" or "join" or "joined" or "rejoin" or "rejoined"
            or "became" or "becomes" or "become" or "is" or "was" or "be" or "as");
    }

    private static readonly HashSet<string> MatchResults = new(StringComparer.Ordinal)
    {
        "defeat", "defeats", "win", "wins", "victory", "victories", "draw", "draws", "loss", "losses", "goal", "goals", "consolation",
        "comeback", "game", "games", "match", "matches", "clash", "opener", "equaliser", "equalizer", "winner", "thrashing", "rout",
    };

    // Where the phrase stands as whole words: "his attack", not "his attacking flair"; "his side", not "this side".
    private static int WholeWordsAt(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' ')) return at;
        }
        return -1;
    }

    // "Paul Joyce reported", "Jose Dominguez even reported", "Nixon has also reported"; not the passive "is reported to".
    private static bool JournalistVerbAfter(Sentence sentence, int after)
    {
        var lower = sentence.LowerWords;
        var i = after;
        while (i < lower.Length && i - after < 2 && lower[i] is "even" or "also" or "previously" or "earlier" or "first") i++;
        // "Bialkowski reported for pre-season training" is a player's duty, not a report.
        if (!(i < lower.Length && JournalistVerbsAfter.Contains(lower[i]) && !(i + 1 < lower.Length && lower[i + 1] is "for" or "to" or "back"))) return false;
        // "celtic reject chelsea bid for keeper craig gordon reports": a headline's last word "reports" is its tag (the
        // dash a page address drops), saying the story is reported, not that the man before it reports it.
        return !(sentence.IsHeadline && i == lower.Length - 1);
    }

    // "claims that Benfica have", "has revealed that Bournemouth are": a claim about what a named club (a capitalised
    // subject that is no pronoun) is doing; a player or manager speaking of himself says "he", "I" or "we".
    private static bool ClaimsOfAClub(Sentence sentence, int after)
    {
        var lower = sentence.LowerWords;
        var i = after;
        if (i < lower.Length && lower[i] is "has" or "had") i++;
        if (!(i + 2 < lower.Length && lower[i] is "claims" or "claimed" or "revealed" or "reveals" && lower[i + 1] == "that")) return false;
        var subject = sentence.Words[i + 2];
        return subject.IsCapitalised && !NameCandidates.IsNeverAName(subject.Text) && i + 3 < lower.Length && lower[i + 3] is "have" or "has" or "are" or "is" or "were" or "had";
    }

    // "involve Hugo Ekitike as the counterweight", "with Ekitike thrown into the mix": a player offered in part-exchange
    // serves another's move.
    private static bool IsMakeweight(string[] lower, int after)
    {
        if (after + 1 < lower.Length && lower[after] == "thrown" && lower[after + 1] is "into" or "in") return true;
        if (after >= lower.Length || lower[after] != "as") return false;
        for (var i = after + 1; i < Math.Min(lower.Length, after + 4); i++)
        {
            if (Makeweights.Contains(lower[i])) return true;
        }
        return false;
    }

    // "offered €50 million, plus midfielder Marko Rog", "a €40 million offer along with Stephan El Sharaawy": a player
    // added to a sum is part of the bid for another.
    private static bool AddedToAnOffer(string[] lower, int start)
    {
        var joiner = start - 1;
        while (joiner >= 0 && start - joiner <= 3 && !(lower[joiner] == "plus" || lower[joiner] == "with" && joiner > 0 && lower[joiner - 1] is "along" or "together")) joiner--;
        if (joiner < 0 || start - joiner > 3) return false;
        var from = lower[joiner] == "plus" ? joiner - 1 : joiner - 2;
        for (var i = from; i >= 0 && i >= from - 4; i--)
        {
            if (lower[i] is "million" or "m" or "offer" or "bid" or "cash" or "fee" || lower[i].AsSpan().IndexOfAnyInRange('0', '9') >= 0) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Makeweights = new(StringComparer.Ordinal)
    {
        "makeweight", "counterweight", "sweetener", "part-exchange", "bargaining", "counterpart", "counterpart,", "makeweights",
    };

    // The strongest evidence wins: once a manager, never a player because a later sentence quotes him.
    private static void Assign(Person person, PersonRole role, Sentence sentence)
    {
        if (person.Role != PersonRole.Player) return;
        person.Role = role;
        person.RoleReadInHeadline = sentence.IsHeadline;
    }

    // "Chelsea boss Dembele speculation" over "his side tried to sign Celtic striker Moussa Dembele": a headline's clipped
    // words cast him as what the body, naming his position, says he is not.
    private static readonly HashSet<string> PlayingPositions = new(StringComparer.Ordinal)
    {
        "striker", "forward", "midfielder", "defender", "winger", "goalkeeper", "keeper", "full-back", "centre-back", "attacker", "playmaker",
    };
}

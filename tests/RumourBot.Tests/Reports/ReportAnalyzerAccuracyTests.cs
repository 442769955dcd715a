using System.Text.Json;
using System.Text.RegularExpressions;
using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Tests.Support;
using Xunit.Abstractions;

namespace RumourBot.Tests.Reports;

/// <summary>
/// The analysis measured on real published transfer reports labelled by hand (RealReports, issue 10). Dev is what the
/// rules are improved against and must meet the floors; the blind parts (Blind44, Blind45) are scored and
/// printed only, never tuned on (their misses are not printed). Run with
/// <c>dotnet test tests/RumourBot.Tests --filter ReportAnalyzerAccuracyTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public class ReportAnalyzerAccuracyTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Root, "tests", "RumourBot.Tests", "Reports", "RealReports");

    // Dev's floors, two columns: the regression floor the test asserts (what Dev measured when the floors were last
    // raised, rounded down to the whole percent: a change may not lose ground) and issue 10's target, printed with the
    // gap until the analysis reaches it. Raise a regression floor whenever Dev measures higher; loan has no target.
    // Re-set on 2026-12-03 (late) when Blind14 was folded in (836 reports): its 48 reports, scored blind with 5b33c66 at
    // 88/79/81/73/60/83/100, took from to 90.6%, to to 91.5%, fee to 87.7%, status to 89.4%, sources to 92.6% and fee
    // precision to 93.5% (387/414). Raised after the session's rules from its misses (170d19c): fee .88 (88.0%); to
    // stays .91 (769/836 is 91.99%). Re-set on 2026-12-04 when Blind15 was folded in (884 reports): its 48 reports,
    // scored blind with 11d2631 at 92/77/75/79/75/88/88, took player to 96.7%, from to 90.0%, to to 91.1%, fee to
    // 87.6%, status to 89.0%, sources to 92.4%, loan to 97.7% and fee precision to 93.2%: fee .87, loan .97. Raised
    // after the rules from its misses: player .97 (97.1%, issue 10's target). Re-set on 2026-12-04 (evening) when
    // Blind16 was folded in (931 reports): its 47 reports, scored blind with e9e887e at 98/77/91/83/70/79/98, took from
    // to 89.5%, status to 88.9% and sources to 91.8%: from .89, status .88, sources .91. Raised after the rules from its
    // misses (82906fd..a1ba0d6): from .90 (838/931, 90.01%: issue 10's target), status .89 (89.7%), fee
    // precision .94 (429/455); fee stays .87 (819/931 is 87.97%). Raised again at 18c39c6: fee .88 (823/931, 88.4%),
    // fee precision .95 (432/454, 95.15%: issue 10's target). Every floor is now at or above issue 10's target.
    // Re-set on 2026-12-04 (night) when Blind17 was folded in (975 reports): its 44 reports, scored blind with 96fd928
    // at 91/68/70/89/55/84/93, took player to 96.8%, from to 89.3%, to to 90.6%, status to 88.1% and fee precision to
    // 94.5% (445/471): player .96, from .89, to .90, status .88, fee precision .94. Raised after the rules from its
    // misses (b2aaea8..8df442b): player .97 (946/975, 97.03%), from .90 (884/975, 90.67%), to .91 (888/975, 91.08%);
    // status stays .88 (88.72%), fee precision .94 (446/471, 94.69%). Raised at 40e337e: status .89 (869/975, 89.13%);
    // from is 887/975 (90.97%). Re-set on 2026-12-05 when Blind18 was folded in (1,011 reports): its 36 reports, scored
    // blind with aede6e1 at 94/64/81/67/69/75/94, fee precision 73% (8/11), took player to 96.9%, to to 90.7%, status
    // to 88.4%, sources to 90.9% and fee precision to 94.6% (455/481): player .96, to .90, status .88, sources .90;
    // from (910/1011, 90.01%) and fee (88.0%) hold. Raised after the session's rules (509e79e): fee precision .95
    // (458/481, 95.2%: issue 10's target again); status is 88.9%, fee 88.5%. Raised at the session's end: player .97
    // (981/1011, 97.03%). Re-set on 2026-12-05 (night) when Blind19 was folded in (1,059 reports): its 48 reports, scored
    // blind with f8ccc7e at 92/75/83/83/79/85/96, fee precision 82% (14/17), took player to 96.8%, from to 89.3% and
    // fee precision to 94.8% (472/498): player .96, from .89, fee precision .94; to (90.4%), fee (88.3%), status
    // (88.5%), sources (90.7%) and loan (97.4%) hold. Raised after the session's rules (c512cf3): status .89 (944/1059,
    // 89.1%), fee precision .95 (476/501, 95.0%: issue 10's target again); player is 1027/1059 (96.98%), from 89.8%.
    // Raised on 2026-12-05 (late) after the rules of 34485aa..59f17c4: player .97 (1029/1059, 97.2%) and from .90
    // (956/1059, 90.3%), both issue 10's targets: every floor is at or above its target again. Re-set when Blind20 was
    // folded in (1,107 reports): its 48 reports, scored blind with 9e9a9d3 at 96/75/85/85/81/88/100, fee precision 90%
    // (9/10), took from to 89.6% (992/1107) and status to 88.7% (982/1107): from .89, status .88; player (97.1%), to
    // (90.6%), fee (88.9%), sources (90.6%), loan (97.6%) and fee precision (95.1%, 487/512) hold. Raised after the rules
    // from its misses (6a8d6f6..a4fa036): from .90 (997/1107, 90.06%, issue 10's target again), status .89 (987/1107, 89.2%).
    // Raised at the session's end (87baee1): to .91 (1008/1107, 91.06%); player is 97.3%, status 89.5%, from 90.2%.
    // Re-set on 2026-12-06 when Blind21 was folded in (1,155 reports): its 48 reports, scored blind (last with c9de4a9)
    // at 88/81/79/71/67/88/92, fee precision 63% (12/19), took player to 96.9%, from to 89.9%, to to 90.6%, status to
    // 88.6% and fee precision to 94.0% (499/531): player .96, from .89, to .90, status .88, fee precision .93; fee
    // (88.1%), sources (90.5%) and loan (97.3%) hold. Raised after the rules from its misses (0048a2b..4224f3f): player .97
    // (1122/1155, 97.1%), from .90 (1041/1155, 90.1%), status .89 (1030/1155, 89.2%), fee precision .94 (500/528, 94.7%).
    // Raised at 0897fb4: fee precision .95 (500/526, 95.1%, issue 10's target again). Re-set on 2026-12-06 (morning) when
    // Blind22 was folded in (1,203 reports): its 48 reports, scored blind (last with c64e852) at 90/81/75/81/71/81/96, fee
    // precision 76% (13/17), took player to 96.9%, from to 89.8%, status to 88.4% and fee precision to 94.5% (513/543):
    // player .96, from .89, status .88, fee precision .94; to (90.1%), fee (88.4%), sources (90.1%) and loan (97.3%) hold.
    // Raised after the rules from its misses (9586fa7..b675fcd): status .89 (1072/1203, 89.1%); from is 1082/1203 (89.9%).
    // Raised at be24530: player .97 (1167/1203, 97.0%) and from .90 (1083/1203, 90.02%), issue 10's targets again.
    // Re-set on 2026-12-06 (second session) when Blind23 was folded in (1,251 reports): its 48 reports, scored blind
    // (last with 51997eb) at 96/79/79/75/58/94/98, fee precision 81% (13/16), took player to 96.96%, from to 89.6%, to to
    // 89.8%, fee to 87.9%, status to 88.0% and fee precision to 94.1% (527/560): player .96, from .89, to .89, fee .87,
    // status .88; sources (90.5%), loan (97.4%) and fee precision hold. Raised after the rules from its misses
    // (9c36b83..01582b5): fee .88 (1106/1251, 88.4%), fee precision .95 (528/555, 95.1%, issue 10's target again).
    // Raised at faba520: player .97 (1214/1251, 97.04%), from .90 and to .90 (1127/1251, 90.09%), issue 10's targets again.
    // Raised at 9df5650: status .89 (1114/1251, 89.05%).
    // Re-set on 2026-12-06 (second session, its end) when Blind24 was folded in (1,299 reports): its 48 reports, scored
    // blind (last with 58d0b25) at 94/90/77/83/65/88/94, fee precision 87% (13/15), took player to 96.99%, to to 89.8%,
    // status to 88.1% and fee precision to 94.9% (541/570): player .96, to .89, status .88, fee precision .94; from
    // (90.07%), fee (88.2%), sources (90.4%) and loan (97.2%) hold.
    // Re-set on 2026-12-06 (third session) when Blind25 was folded in (1,347 reports): its 48 reports, scored blind (last
    // with bc4af92) at 98/85/81/79/69/85/96, fee precision 64% (14/22), took from to 89.9%, to to 89.5%, fee to 87.9%,
    // status to 87.5% and fee precision to 93.8% (555/592): from .89, fee .87, status .87, fee precision .93; player
    // (97.0%), sources (90.2%) and loan (97.2%) hold. Raised after the rules from its and Blind24's misses (4f44b6c..ddbe2dc):
    // player .97 (1309/1347, 97.2%), from .90 (1214/1347, 90.1%), to .90 (1213/1347, 90.05%), fee .88 (1192/1347, 88.5%),
    // fee precision .95 (556/585, 95.04%), issue 10's targets again; status is 1182/1347 (87.75%).
    // Re-set on 2026-12-06 (third session) when Blind26 was folded in (1,395 reports): its 48 reports, scored blind (last
    // with 0f3ed5e) at 96/77/85/81/69/90/92, fee precision 79% (15/19), took from to 89.7%, to to 89.9% and fee precision
    // to 94.5% (571/604): from .89, to .89, fee precision .94; player (97.1%), fee (88.2%), status (87.1%), sources
    // (90.2%) and loan (97.1%) hold. Raised after the rules from its misses (0c78d81..3f5593d): from .90 (1258/1395,
    // 90.2%), to .90 (1256/1395, 90.04%), fee precision .95 (571/601, 95.01%), issue 10's targets again.
    // Re-set on 2026-12-06 (third session) when Blind27 was folded in (1,443 reports): its 48 reports, scored blind (last
    // with e37ab00) at 96/88/81/71/69/85/85, fee precision 64% (9/14), took to to 89.7%, fee to 87.8%, status to 86.5%,
    // loan to 96.7% and fee precision to 94.3% (580/615): to .89, fee .87, status .86, loan .96, fee precision .94;
    // player (97.1%), from (90.1%) and sources (90.0%) hold. Raised after the rules from its misses (f664940..94fb009):
    // fee .88 (1271/1443, 88.1%), fee precision .95 (580/610, 95.08%, issue 10's target again); player 97.2%, from 90.3%,
    // status 86.6% and loan 96.8% hold their floors, and to is 1298/1443 (89.95%, one report short of .90).
    // Re-set on 2026-12-06 (fourth session) when Blind28 was folded in (1,491 reports): its 48 reports, scored blind (last
    // with c0d89d0) at 98/96/81/77/65/77/96, fee precision 72% (13/18), took fee to 87.7% (1308), status to 85.8% (1280),
    // sources to 89.7% (1338) and fee precision to 94.4% (593/628): fee .87, status .85, sources .89, fee precision .94;
    // player (97.2%), from (90.5%), to (89.7%, 1337) and loan (96.8%) hold. Raised after the rules from its misses
    // (d0f80ca..ce3db21): to .90 (1342/1491, 90.01%), fee .88 (1313, 88.06%), fee precision .95 (595/626, 95.05%): every
    // issue 10 target is met again; from 90.6%, status 85.9% and sources 89.7% hold their floors.
    // Raised on 2026-12-06 (fifth session) after the status rules of b55eae6..58bfc46: status .87 (1305/1491, 87.5%).
    // Re-set on 2026-12-06 (sixth session) when Blind29 was folded in (1,539 reports): its 48 reports, scored blind (last
    // with 38ddbd0) at 96/81/85/69/75/85/100, fee precision 62% (10/16), took to to 89.99%, fee to 87.5% and fee
    // precision to 94.2% (606/643): to .89, fee .87, fee precision .94; player (97.1%), from (90.3%), status (87.1%),
    // sources (89.6%) and loan (96.9%) hold. Raised after the rules from its misses (5c0d8f8..6f07b81): to .90 (90.1%), fee
    // precision .95 (610/641, 95.2%): every issue 10 target is met again; fee 87.9% and status 87.7% hold their floors.
    // Re-set on 2026-12-06 (seventh session) when Blind30 was folded in (1,587 reports): its 48 reports, scored blind (last
    // with 2db5094) at 98/83/81/79/71/77/94, fee precision 59% (10/17), took to to 89.8% and fee precision to 94.2%
    // (620/658): to .89, fee precision .94; player (97.2%), from (90.4%), fee (87.6%), status (87.3%), sources (89.3%) and
    // loan (96.8%) hold. After the rules from its misses (86601c4..ee5b567) to is 89.98% (a report short of .90) and fee
    // precision 94.96% (622/655): the floors stay. Raised on 2026-12-06 (eighth session) after bf17990 and 9fd0d25: to .90
    // (1429/1587, 90.04%), fee precision .95 (622/654, 95.1%): every issue 10 target is met again. Blind31 was folded in
    // the same day (1,635 reports) after it was scored blind (last with e2e7495) at 94/81/92/96/77/88/96, fee precision 96%
    // (25/26): Dev then measured 97.1/90.4/90.1/88.3/87.2/89.2/96.8, fee precision 95.1% (647/680), and every floor holds.
    // Re-set on 2026-12-06 (ninth session) when Blind32 was folded in (1,683 reports): its 48 reports, scored blind (last
    // with ca6d6c4) at 96/79/71/79/67/88/90, fee precision 62% (8/13), took status to 86.9% and fee precision to 94.5%
    // (656/694): status .86, fee precision .94; player (97.1%), from (90.3%), to (90.1%), fee (88.1%), sources (89.6%)
    // and loan (96.6%) hold. Raised the same day after the rules from its misses (ca6d6c4..0258e53): status .87 (87.2%),
    // fee precision .95 (656/690, 95.1%): every issue 10 target is met again. Blind33 was folded in the same day (1,731
    // reports) after it was scored blind (first with ca6d6c4, last with 23a128f, both) at 94/75/83/77/69/83/90, fee
    // precision 74% (14/19); it took player to 96.99%, status to 86.7% and fee precision to 94.5% (671/710): player .96,
    // status .86, fee precision .94; from (90.1%), to (90.3%), fee (88.0%), sources (89.6%) and loan (96.4%) hold. After
    // the first rules from its misses (4bcac6a, b7e79c4) player is back to .97 (97.1%); status (86.7%) and fee precision
    // (94.5%, 671/710) stay a little under their targets' floors.
    // Re-set on 2026-12-06 (tenth session) when Blind34 was folded in (1,779 reports): its 48 reports, scored blind (first
    // with 23a128f, last with d7284db, both) at 94/81/83/79/67/77/96, fee precision 75% (12/16), took player to 96.96%
    // and from to just under 90%: player .96, from .89; to (90.2%), fee (87.8%), status (86.3%), sources (89.3%), loan
    // (96.3%) and fee precision (94.1%, 683/726) hold. Raised the same day after the first rules from its misses
    // (3d24152..f0a50d0): player .97 (97.0%), from .90 (90.2%). Raised on 2026-12-07 (eleventh session) after a contact
    // with his representatives told beside "have not received an offer" read as talks, not a denial: status .87 (87.0%).
    // Re-set the same day when Blind35 was folded in (1,827 reports): its 48 reports, scored blind (first with d7284db,
    // last with 401ba3f, both) at 94/79/88/73/75/90/98, fee precision 59% (10/17), took player and from just under their
    // floors, status to 86.8% and fee precision to 93.8% (693/739): player .96, from .89, status .86, fee precision .93;
    // to (90.1%), fee (87.6%), sources (89.4%) and loan (96.4%) hold. Raised after the first rules from its misses
    // (32be459..af603df): player .97 (97.0%), from .90 (90.0%), status .87 (87.0%). Re-set on 2026-12-07 (twelfth
    // session) when Blind36 was folded in (1,875 reports): its 48 reports, scored blind (first with 401ba3f, last with
    // 1f9777c, both) at 90/85/69/75/65/77/92, fee precision 76% (16/21), took player to 96.9%, to to 89.7%, status to
    // 86.9% and fee precision to 93.6% (711/760): player .96, to .89, status .86; from (90.2%), fee (87.5%), sources
    // (89.1%), loan (96.3%) and fee precision (.93) hold. Raised after the rules from its misses (3b7ae97..cb3212a):
    // status .87 (87.1%). Re-set on 2026-12-07 (thirteenth session) when Blind37 was folded in (1,923 reports): its 48
    // reports, scored blind (first with 1f9777c, last with 9b58155, both) at 94/81/88/81/71/79/98, fee precision 85%
    // (11/13), took from, status and sources just under their floors (90.0%, 86.7%, 88.96%): from .89, status .86, sources
    // .88; player (96.9%), to (89.7%), fee (87.5%), loan (96.4%) and fee precision (93.8%, 725/773) hold. Raised after the
    // rules from its misses and Blind36's (3788daa..0427d9c): player .97, from .90, to .90: every issue 10 target but fee
    // precision is met again. Raised on 2026-12-07 (fourteenth session) after the fee rules of 9215137..5c82415: fee .88
    // (88.1%), fee precision .95 (730/768, 95.05%): every issue 10 target is met. Re-set on 2026-12-07 (fifteenth
    // session) when Blind38 was folded in (1,971 reports): its 48 reports, scored blind (first with 9b58155, last with
    // 7090cd5, the same) at 90/71/81/81/62/77/100, fee precision 71% (15/21), took player to 96.9%, from to 89.6%, to to
    // 89.9% and fee precision to 94.7% (746/788): player .96, from .89, to .89, fee precision .94; fee (88.0%), status
    // (86.4%), sources (88.7%) and loan (96.5%) hold. Raised the same day after the rules from its misses
    // (45dfad6..ae37e5b): player .97 (97.0%), from .90 (90.0%), to .90 (90.0%), fee precision .95 (745/784, 95.03%): every
    // issue 10 target is met again. Re-set on 2026-12-07 (sixteenth session) when Blind39 was folded in (2,019 reports):
    // its 48 reports, scored blind (with 7090cd5, c2bf19d and 5cc0030, the same) at 90/75/73/79/71/88/88, fee precision
    // 70% (7/10), took player to 96.8%, from to 89.7%, to to 89.6%, fee to 87.97%, status to 85.98% and fee precision to
    // 94.7% (753/795): player .96, from .89, to .89, fee .87, status .85, fee precision .94; sources (88.7%) and loan
    // (96.3%) hold. Raised on 2026-12-07 (seventeenth session) after the rules from Dev's misses (65f3979..e2d84d2):
    // player .97 (97.0%), from .90 (90.0%, 1,818), to .90 (90.1%), fee precision .95 (754/793, 95.08%): every issue 10
    // target is met again, each by a report or two (at the session's end, f2366d5: 97.2/90.2/90.1, 756/795). Re-set on
    // 2026-12-07 (eighteenth session) when Blind40 was folded in (2,067 reports): its 48 reports, scored blind (with
    // f2366d5 and d018954, the same) at 100/88/79/88/81/81/96, fee precision 65% (11/17), took to to 89.9% and fee
    // precision to 94.5% (768/813): to .89, fee precision .94; the other floors hold. Raised the same day after the rules
    // from its misses (985f743..b65a2c4): to .90 (1,861/2,067, 90.03%); fee precision stays .94 (769/810, 94.94%).
    // Re-set on 2026-12-07 (nineteenth session) when Blind41 was folded in (2,115 reports): its 48 reports, scored blind
    // (with e2d84d2 to afbf797, the same) at 98/83/88/81/67/94/94, fee precision 71% (12/17), took to to 89.98% (1,903):
    // to .89; the other floors hold (fee precision 94.4%, 781/827). Raised the same day after the rules from its misses and
    // Dev's (06cb3a8..d246c62): to .90 (1,904/2,115, 90.02%); fee precision stays .94 (782/827, 94.6%). Raised on
    // 2026-12-08 (twentieth session) after the rules from Dev's wrong fees (134e229..188e768): fee .88 (88.7%), fee
    // precision .95 (785/823, 95.4%): every issue 10 target is met again. Re-set the same day when Blind42 was folded in
    // (2,163 reports): its 48 reports, scored blind (with 59d4a39 to 910a30a, the same) at 100/81/90/88/69/85/94, fee
    // precision 83% (19/23), took from to 89.9% (1,945): from .89; the other floors hold (fee precision 95.0%, 804/846).
    // Raised the same day after the rules from its misses (c8763c3..006e758): from .90 (1,947/2,163, 90.01%). Re-set on
    // 2026-12-08 (twenty-first session) when Blind43 was folded in (2,211 reports): its 48 reports, scored blind (with
    // afbf797 to c64aa6a, the same) at 96/69/83/88/67/90/96, fee precision 79% (11/14), took from to 89.6% (1,980), to
    // to 89.9% (1,987) and fee precision to 94.8% (815/860): from .89, to .89, fee precision .94. Raised the same day
    // after the rules from its misses (17c8615..7c96556): fee precision .95 (813/855, 95.1%); from (1,984) and to
    // (1,989) stay .89, short of the 1,990 that .90 needs.
    private static readonly (string Field, double Regression, double Target)[] Floors =
    [
        ("player", 0.97, 0.97), ("from_club", 0.89, 0.90), ("to_club", 0.89, 0.90), ("fee", 0.88, 0.85),
        ("status", 0.85, 0.85), ("sources", 0.88, 0.80), ("loan", 0.96, 0),
    ];

    /// <summary>Of the fees the analysis states, this many must stay right (regression) and issue 10 wants (target).</summary>
    private const double FeePrecisionRegression = 0.95, FeePrecisionTarget = 0.95;

    [Fact]
    public void Dev_holds_its_regression_floors_and_prints_the_gap_to_issue_10s_targets()
    {
        var score = Score("Dev", printMisses: true);

        Assert.True(score.Reports >= 20, $"Dev holds {score.Reports} labelled reports");
        List<(string Field, double Measured, double Regression, double Target)> rows =
        [
            .. Floors.Select(f => (f.Field, score.Accuracy(f.Field), f.Regression, f.Target)),
            ("fee precision", score.FeePrecision, FeePrecisionRegression, FeePrecisionTarget),
        ];
        output.WriteLine("| field | Dev measured | regression floor (asserted) | issue 10 target | gap to target |");
        foreach (var (field, measured, regression, target) in rows)
        {
            var gap = target == 0 ? "-" : measured >= target ? "met" : $"{(target - measured) * 100:F1} points short";
            output.WriteLine($"| {field} | {measured:P1} | {regression:P0} | {(target == 0 ? "-" : target.ToString("P0"))} | {gap} |");
        }
        var failures = rows.Where(r => r.Measured < r.Regression).Select(r => $"{r.Field} {r.Measured:P1} < {r.Regression:P0}").ToList();
        Assert.True(failures.Count == 0, "Dev fell below its regression floors: " + string.Join("; ", failures));
    }

    [Theory]
    [InlineData("Blind44")]
    [InlineData("Blind45")]
    public void A_blind_part_is_scored_and_printed_never_tuned_on(string part)
    {
        // Gathered by a fixed query rule and labelled before the analyser saw it (RealReports/BlindN/README.md). The
        // earlier blind parts were folded into Dev once scored; a blind part is only blind until its misses are read.
        var score = Score(part, printMisses: false);

        // A rule may run out of queries short of 48 (Blind18 had 36); the blind parts together hold far over issue 10's 40.
        Assert.True(score.Reports >= 30, $"{part} holds {score.Reports} labelled reports");
        Assert.True(score.Accuracy("player") >= 0.5, $"{part} player accuracy {score.Accuracy("player"):P0}: the analysis is broken, not merely imprecise");
    }

    private Scores Score(string part, bool printMisses)
    {
        var folder = Path.Combine(Corpus, part);
        var key = LoadKeys(folder);
        var scores = new Scores();
        var misses = new List<string>();
        var calibration = new List<string>();
        var missingFiles = 0;
        foreach (var (file, expected) in key.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, file.EndsWith(".txt", StringComparison.Ordinal) ? file : file + ".txt");
            if (!File.Exists(path)) { missingFiles++; continue; }
            var report = ReportFileReader.Read(path);
            var analysis = ReportAnalyzer.Default.Analyze(report);
            scores.Reports++;
            foreach (var (field, isRight, got) in Judge(expected, analysis, report.Outlet))
            {
                if (isRight) scores.Right[field] = scores.Right.GetValueOrDefault(field) + 1;
                else misses.Add($"{file}: {field} expected {expected.Describe(field)}, got {got}");
            }
            if (analysis.MainMove?.Fee is { } fee)
            {
                scores.FeesStated++;
                var right = SameFee(fee, expected.Fee);
                if (right) scores.FeesStatedRight++;
                // The fee's confidence beside whether it was right: what the threshold is calibrated against.
                calibration.Add($"{file}: fee {fee.AmountMillions} {fee.Currency} stated at confidence {analysis.MainMove.Confidence.Fee:F2}, {(right ? "right" : "WRONG")}");
            }
        }

        output.WriteLine($"{part}: {scores.Reports} reports" + (missingFiles > 0 ? $" ({missingFiles} keyed files not there yet)" : ""));
        output.WriteLine($"| part | reports | {string.Join(" | ", Floors.Select(f => f.Field))} | fee precision |");
        output.WriteLine($"| {part} | {scores.Reports} | {string.Join(" | ", Floors.Select(f => $"{scores.Accuracy(f.Field):P0}"))} | " +
                         $"{scores.FeePrecision:P0} ({scores.FeesStatedRight}/{scores.FeesStated}) |");
        if (printMisses)
        {
            foreach (var miss in misses) output.WriteLine(miss);
            foreach (var line in calibration.OrderBy(l => l[(l.IndexOf(" at confidence ", StringComparison.Ordinal) + 15)..], StringComparer.Ordinal)) output.WriteLine(line);
        }
        return scores;
    }

    private static IEnumerable<(string Field, bool Right, string Got)> Judge(Expected expected, ReportAnalysis analysis, string? publisher)
    {
        var main = analysis.MainMove;
        yield return ("player", main is not null && SamePlayer(main.Player, expected.Player), main?.Player ?? "no move");
        yield return ("from_club", main is not null ? SameClub(main.FromClub, expected.FromClub) : expected.FromClub is null, main?.FromClub ?? "null");
        var to = main?.ToClubs.FirstOrDefault();
        yield return ("to_club", SameClub(to, expected.ToClubs.FirstOrDefault()), to ?? "none");
        yield return ("fee", SameFee(main?.Fee, expected.Fee),
            main?.Fee is { } f ? $"{f.AmountMillions} {f.Currency} ({f.Text})" : main?.FeeUnclear == true ? "null (fee not clear)" : "null");
        yield return ("status", (main?.Status ?? MoveStatus.Unknown).ToWireName() == expected.Status, main?.Status.ToWireName() ?? "no move");
        // The publisher is listed among a report's sources so it can be rated; it is not a source the report cites.
        var cited = analysis.Sources.Where(s => publisher is null || !Overlaps(SourceKey(s.Name), SourceKey(Regex.Replace(publisher, @"\s*\(.*\)", "")))).Select(s => s.Name).ToList();
        yield return ("sources", SameSources(cited, expected.Sources), string.Join(", ", cited));
        yield return ("loan", (main?.IsLoan ?? false) == expected.Loan, main?.IsLoan.ToString() ?? "no move");
    }

    private static string Key(string name) => RumourBot.Rumours.RumourKey.Normalise(name.Replace('-', ' ').Replace('\u2019', '\''));

    // "Vinícius Júnior" and "Vinicius Junior" are one player; so are "Rodrygo" and "Rodrygo Goes" when the report
    // names him both ways: the surname (last word) must agree and one name's words must all be in the other.
    private static bool SamePlayer(string got, string expected)
    {
        var a = Key(got).Split(' ');
        var b = Key(expected).Split(' ');
        if (a.SequenceEqual(b)) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.All(longer.Contains) && (a[^1] == b[^1] || shorter.Length == 1);
    }

    // The answer key uses the gazetteer's canonical name, or the club's usual name when it is not in the gazetteer.
    private static bool SameClub(string? got, string? expected)
    {
        if (got is null || expected is null) return got is null && expected is null;
        if (Key(got) == Key(expected)) return true;
        return ClubGazetteer.Default.Find(expected) is { } club && Key(club.Name) == Key(got);
    }

    private static bool SameFee(Fee? got, ExpectedFee? expected)
    {
        if (got is null || expected is null) return got is null && expected is null;
        if (expected.AmountMillions == 0) return got.AmountMillions == 0;
        return got.Currency == expected.Currency && Math.Abs(got.AmountMillions - expected.AmountMillions) <= expected.AmountMillions * 0.05m;
    }

    // Every source the key lists is found (by name or a known alias), and nothing else is cited: a photo agency or
    // the club's own statement counted as a source is as wrong as a source missed.
    private static bool SameSources(IReadOnlyList<string> cited, IReadOnlyList<string> expected)
    {
        var found = cited.Select(SourceKey).ToList();
        var wanted = expected.Select(SourceKey).ToList();
        return wanted.All(w => found.Any(f => Overlaps(f, w))) && found.All(f => wanted.Any(w => Overlaps(f, w)));
    }

    private static string SourceKey(string name) =>
        Key(RumourBot.Reports.Sources.SourceDirectory.Default.Find(name)?.Name ?? name);

    // "Sky Sports Italia" cited as "Sky Sports Italia" or found as "Sky Sports"; "London Evening Standard" as "Evening Standard".
    private static bool Overlaps(string a, string b)
    {
        static string Bare(string s) => s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
        a = Bare(a);
        b = Bare(b);
        return a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal)
            || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal);
    }

    private static Dictionary<string, Expected> LoadKeys(string folder)
    {
        var merged = new Dictionary<string, Expected>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return merged;
        foreach (var path in Directory.GetFiles(folder, "expected*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Object) merged[entry.Name] = Expected.From(entry.Value);
            }
        }
        return merged;
    }

    private sealed class Scores
    {
        public int Reports { get; set; }
        public Dictionary<string, int> Right { get; } = [];
        public int FeesStated { get; set; }
        public int FeesStatedRight { get; set; }

        public double Accuracy(string field) => Reports == 0 ? 0 : Right.GetValueOrDefault(field) / (double)Reports;

        public double FeePrecision => FeesStated == 0 ? 1 : FeesStatedRight / (double)FeesStated;
    }

    private sealed record ExpectedFee(decimal AmountMillions, string? Currency);

    private sealed record Expected(string Player, string? FromClub, IReadOnlyList<string> ToClubs, ExpectedFee? Fee, string Status, bool Loan, IReadOnlyList<string> Sources)
    {
        public static Expected From(JsonElement e)
        {
            static string? Text(JsonElement e, string name) =>
                e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            static List<string> Texts(JsonElement e, string name) =>
                e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                    ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                    : [];
            ExpectedFee? fee = null;
            if (e.TryGetProperty("fee", out var f) && f.ValueKind == JsonValueKind.Object && f.TryGetProperty("amount_millions", out var amount) && amount.ValueKind == JsonValueKind.Number)
            {
                fee = new ExpectedFee(amount.GetDecimal(), Text(f, "currency"));
            }
            return new Expected(Text(e, "player") ?? "", Text(e, "from_club"), Texts(e, "to_clubs"), fee, Text(e, "status") ?? "unknown",
                e.TryGetProperty("loan", out var loan) && loan.ValueKind == JsonValueKind.True, Texts(e, "sources"));
        }

        public string Describe(string field) => field switch
        {
            "player" => Player,
            "from_club" => FromClub ?? "null",
            "to_club" => ToClubs.FirstOrDefault() ?? "none",
            "fee" => Fee is null ? "null" : $"{Fee.AmountMillions} {Fee.Currency}",
            "status" => Status,
            "loan" => Loan.ToString(),
            _ => string.Join(", ", Sources),
        };
    }
}

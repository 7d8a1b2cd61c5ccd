namespace Cms.Layers.Rules;

/// <summary>What a rule is evaluated against: the request's path, whether the visitor is signed in, their roles.</summary>
public sealed record RuleRequest(string Path, bool IsAuthenticated, IReadOnlyCollection<string> Roles)
{
    public static RuleRequest Anonymous(string path) => new(path, false, []);
}

/// <summary>
/// Evaluates a rule as Orchard's evaluators do: a group of all conditions is true when none is false (an empty rule is
/// true), a group of any when one is true; the home page is the path <c>/</c>; a role condition matches one of the
/// user's roles (with a negative operator: all of them), <c>Anonymous</c> and <c>Authenticated</c> standing for the
/// visitor's state.
/// </summary>
public static class RuleEvaluator
{
    public const string AnonymousRole = "Anonymous";
    public const string AuthenticatedRole = "Authenticated";

    public static bool Evaluate(Condition condition, RuleRequest request) => condition switch
    {
        BooleanCondition b => b.Value,
        HomepageCondition h => IsHomepage(request.Path) == h.Value,
        UrlCondition u => u.Operation.Matches(NormalizePath(request.Path), u.Value.StartsWith("~/", StringComparison.Ordinal) ? u.Value[1..] : u.Value),
        RoleCondition r => RoleMatches(r, request),
        IsAnonymousCondition => !request.IsAuthenticated,
        IsAuthenticatedCondition => request.IsAuthenticated,
        ConditionGroup { All: true } g => g.Conditions.All(c => Evaluate(c, request)),
        ConditionGroup g => g.Conditions.Any(c => Evaluate(c, request)),
        _ => false,
    };

    public static bool IsHomepage(string? path) => string.IsNullOrEmpty(path) || path == "/";

    private static string NormalizePath(string? path) => string.IsNullOrEmpty(path) ? "/" : path;

    private static bool RoleMatches(RoleCondition condition, RuleRequest request)
    {
        // The visitor's state as a role, then the roles they hold.
        IEnumerable<string> roles = request.IsAuthenticated ? [AuthenticatedRole, .. request.Roles] : [AnonymousRole];
        return condition.Operation.Negative
            ? roles.All(role => condition.Operation.Matches(role, condition.Value))
            : roles.Any(role => condition.Operation.Matches(role, condition.Value));
    }
}

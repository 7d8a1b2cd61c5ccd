namespace Cms.Layers.Rules;

/// <summary>
/// One condition of a layer's rule, as Orchard Core's Rules module models them (<c>OrchardCore.Rules.Models</c>): the
/// JSON names and <c>$type</c>s are Orchard's (<see cref="RuleJson"/>), the meaning too (<see cref="RuleEvaluator"/>).
/// </summary>
public abstract record Condition
{
    /// <summary>Orchard's <c>ConditionId</c> (kept as given, so an export gives back the same ids).</summary>
    public string? ConditionId { get; init; }
}

/// <summary><c>BooleanCondition</c>: always <see cref="Value"/> (Orchard's « Always » layer is <c>true</c>).</summary>
public sealed record BooleanCondition(bool Value) : Condition;

/// <summary><c>HomepageCondition</c>: the request is the home page (<c>/</c>); <c>Value: false</c> turns it around.</summary>
public sealed record HomepageCondition(bool Value) : Condition;

/// <summary><c>UrlCondition</c>: the request's path compared with <see cref="Value"/> (a leading <c>~</c> is dropped).</summary>
public sealed record UrlCondition(string Value, StringOperation Operation) : Condition;

/// <summary>
/// <c>RoleCondition</c>: one of the user's roles compared with <see cref="Value"/> (a negative operation: none of
/// them). <c>Anonymous</c> and <c>Authenticated</c> name the visitor who is not signed in and any signed-in user.
/// </summary>
public sealed record RoleCondition(string Value, StringOperation Operation) : Condition;

/// <summary><c>IsAnonymousCondition</c>: the visitor is not signed in.</summary>
public sealed record IsAnonymousCondition : Condition;

/// <summary><c>IsAuthenticatedCondition</c>: the visitor is signed in.</summary>
public sealed record IsAuthenticatedCondition : Condition;

/// <summary>A group of conditions: <c>AllConditionGroup</c> (and; a layer's <c>LayerRule</c> is one) or <c>AnyConditionGroup</c> (or).</summary>
public sealed record ConditionGroup(bool All, IReadOnlyList<Condition> Conditions) : Condition;

/// <summary>Orchard's string operators (<c>StringEqualsOperator</c>…), each with its negation.</summary>
public enum StringOperator { Equals, NotEquals, StartsWith, NotStartsWith, EndsWith, NotEndsWith, Contains, NotContains }

public sealed record StringOperation(StringOperator Operator, bool CaseSensitive = false)
{
    public bool Negative => Operator is StringOperator.NotEquals or StringOperator.NotStartsWith or StringOperator.NotEndsWith or StringOperator.NotContains;

    public bool Matches(string text, string value)
    {
        var comparison = CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return Operator switch
        {
            StringOperator.Equals => string.Equals(text, value, comparison),
            StringOperator.NotEquals => !string.Equals(text, value, comparison),
            StringOperator.StartsWith => text.StartsWith(value, comparison),
            StringOperator.NotStartsWith => !text.StartsWith(value, comparison),
            StringOperator.EndsWith => text.EndsWith(value, comparison),
            StringOperator.NotEndsWith => !text.EndsWith(value, comparison),
            StringOperator.Contains => text.Contains(value, comparison),
            StringOperator.NotContains => !text.Contains(value, comparison),
            _ => false,
        };
    }
}

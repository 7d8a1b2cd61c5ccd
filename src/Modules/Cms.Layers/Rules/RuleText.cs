namespace Cms.Layers.Rules;

/// <summary>A rule in French, for the back office (« Toujours », « Page d'accueil », « Adresse commence par /blog »…).</summary>
public static class RuleText
{
    public static string Describe(Condition condition) => condition switch
    {
        BooleanCondition { Value: true } => "Toujours",
        BooleanCondition => "Jamais",
        HomepageCondition { Value: true } => "Page d'accueil",
        HomepageCondition => "Toute page sauf l'accueil",
        UrlCondition u => $"Adresse {Operator(u.Operation)} « {u.Value} »",
        RoleCondition r => $"Rôle {Operator(r.Operation)} « {r.Value} »",
        IsAnonymousCondition => "Visiteur non connecté",
        IsAuthenticatedCondition => "Utilisateur connecté",
        ConditionGroup { Conditions.Count: 0 } => "Toujours",
        ConditionGroup { Conditions.Count: 1 } g => Describe(g.Conditions[0]),
        ConditionGroup g => string.Join(g.All ? " et " : " ou ", g.Conditions.Select(c => c is ConditionGroup { Conditions.Count: > 1 } ? $"({Describe(c)})" : Describe(c))),
        _ => condition.GetType().Name,
    };

    public static string Operator(StringOperation operation) => operation.Operator switch
    {
        StringOperator.Equals => "égale à",
        StringOperator.NotEquals => "différente de",
        StringOperator.StartsWith => "commence par",
        StringOperator.NotStartsWith => "ne commence pas par",
        StringOperator.EndsWith => "finit par",
        StringOperator.NotEndsWith => "ne finit pas par",
        StringOperator.Contains => "contient",
        StringOperator.NotContains => "ne contient pas",
        _ => operation.Operator.ToString(),
    } + (operation.CaseSensitive ? " (casse respectée)" : "");
}

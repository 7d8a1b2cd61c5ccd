using System.Runtime.CompilerServices;
using Fluid.Ast;
using Fluid.Ast.BinaryExpressions;

namespace Cms.Display.Liquid;

/// <summary>
/// What a <c>{% kept %}</c> block reads from outside itself, found once from its statements: the member paths whose
/// root is not one of its own variables (<c>Site.SiteName</c>, <c>Page.Navigation</c>), only up to their first
/// indexer, and the variables it assigns (which must be unset when it starts). A block that could read anything else
/// (an include or render, a counter, a custom tag, a filter not known to be pure, <c>parentloop</c>, a function call)
/// is refused with <see cref="Problem"/> naming why.
/// </summary>
public sealed class KeptBlockReads : AstVisitor
{
    /// <summary>Filters whose result depends on their input and arguments only (no clock, culture, service nor page).</summary>
    private static readonly HashSet<string> PureFilters = new(StringComparer.Ordinal)
    {
        "raw", "safe_url", "escape", "escape_once", "url_encode", "split", "join", "first", "last", "size", "append",
        "prepend", "default", "downcase", "upcase", "capitalize", "strip", "lstrip", "rstrip", "replace", "replace_first",
        "remove", "remove_first", "truncate", "truncatewords", "slice", "html_class", "slugify", "strip_html", "newline_to_br",
    };

    private readonly Dictionary<string, MemberExpression> _outside = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _loopVariables = new(StringComparer.Ordinal);
    private int _loopDepth;

    private KeptBlockReads()
    {
    }

    /// <summary>The outside paths (e.g. <c>Site.SiteName</c>), each with the expression that reads it.</summary>
    public IReadOnlyDictionary<string, MemberExpression> OutsidePaths => _outside;

    /// <summary>The variables the block assigns or captures.</summary>
    public IReadOnlyCollection<string> Assigned => _assigned;

    /// <summary>Why the block cannot be kept; null when it can.</summary>
    public string? Problem { get; private set; }

    private static readonly ConditionalWeakTable<IReadOnlyList<Statement>, KeptBlockReads> Found = new();

    /// <summary>What <paramref name="statements"/> read, found once for as long as they live (a template parsed again is new).</summary>
    public static KeptBlockReads For(IReadOnlyList<Statement> statements) => Found.GetValue(statements, Of);

    private static KeptBlockReads Of(IReadOnlyList<Statement> statements)
    {
        var reads = new KeptBlockReads();
        foreach (var statement in statements) reads.Visit(statement);
        return reads;
    }

    public override Statement Visit(Statement statement)
    {
        if (statement is BreakStatement or ContinueStatement && _loopDepth == 0) Refuse("a break or continue outside its own loop");
        switch (statement)
        {
            case null or TextSpanStatement or OutputStatement or IfStatement or ElseIfStatement or ElseStatement or UnlessStatement
                or CaseStatement or WhenStatement or ForStatement or AssignStatement or CaptureStatement or CommentStatement
                or RawStatement or NoOpStatement or BreakStatement or ContinueStatement:
                return base.Visit(statement);
            default:
                Refuse($"the statement {statement.GetType().Name}");
                return statement;
        }
    }

    public override Expression Visit(Expression expression)
    {
        switch (expression)
        {
            case null or MemberExpression or LiteralExpression or FilterExpression or RangeExpression or BinaryExpression:
                return base.Visit(expression);
            default:
                Refuse($"the expression {expression.GetType().Name}");
                return expression;
        }
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var segments = memberExpression.Segments;
        if (segments[0] is not IdentifierSegment root)
        {
            Refuse("a member that does not start with a name");
            return memberExpression;
        }
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case IndexerSegment indexer: Visit(indexer.Expression); break;
                case IdentifierSegment: break;
                default: Refuse($"the member segment {segment.GetType().Name}"); break;
            }
        }
        if (IsOwn(root.Identifier)) return memberExpression;
        if (root.Identifier == "parentloop")
        {
            Refuse("parentloop");
            return memberExpression;
        }
        var path = segments.TakeWhile(s => s is IdentifierSegment).ToList();
        var name = string.Join(".", path.Select(s => ((IdentifierSegment)s).Identifier));
        _outside.TryAdd(name, path.Count == segments.Count ? memberExpression : new MemberExpression(path));
        return memberExpression;
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        if (!PureFilters.Contains(filterExpression.Name)) Refuse($"the filter {filterExpression.Name}");
        return base.VisitFilterExpression(filterExpression);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        Visit(forStatement.Source);
        Visit(forStatement.Limit);
        Visit(forStatement.Offset);
        _loopVariables[forStatement.Identifier] = _loopVariables.GetValueOrDefault(forStatement.Identifier) + 1;
        _loopDepth++;
        foreach (var statement in forStatement.Statements) Visit(statement);
        _loopDepth--;
        _loopVariables[forStatement.Identifier]--;
        Visit(forStatement.Else);
        return forStatement;
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        Visit(assignStatement.Value);
        _assigned.Add(assignStatement.Identifier);
        return assignStatement;
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        foreach (var statement in captureStatement.Statements) Visit(statement);
        _assigned.Add(captureStatement.Identifier);
        return captureStatement;
    }

    /// <summary>A variable of the block itself at this point: a loop's, <c>forloop</c> inside a loop, or one it assigned before.</summary>
    private bool IsOwn(string name) =>
        _loopVariables.GetValueOrDefault(name) > 0 || name == "forloop" && _loopDepth > 0 || _assigned.Contains(name);

    private void Refuse(string what) => Problem ??= $"{{% kept %}} cannot keep a block that uses {what}: it may read more than its outside values.";
}

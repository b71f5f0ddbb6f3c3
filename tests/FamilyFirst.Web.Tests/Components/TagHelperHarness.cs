using System.Globalization;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace FamilyFirst.Web.Tests.Components;

/// <summary>
/// Renders the GOV.UK tag helpers outside Razor, the way the Razor runtime does: a parent's <c>Init</c>, then its
/// <c>ProcessAsync</c>, whose child content runs the children with a copy of the parent's <c>Items</c>.
/// </summary>
public static class TagHelperHarness
{
    private static readonly HtmlParser Parser = new();

    /// <summary>MVC's own metadata provider, with data annotations, so [Display(Name = ...)] is honoured.</summary>
    public static IModelMetadataProvider MetadataProvider { get; } = new ServiceCollection()
        .AddLogging()
        .AddMvcCore()
        .AddDataAnnotations()
        .Services
        .BuildServiceProvider()
        .GetRequiredService<IModelMetadataProvider>();

    public static ViewContext CreateViewContext(HttpContext? httpContext = null) => CreateViewContext<object?>(null, httpContext).ViewContext;

    public static FormHarness<TModel> CreateViewContext<TModel>(TModel model, HttpContext? httpContext = null)
    {
        var http = httpContext ?? new DefaultHttpContext();
        var actionContext = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var viewData = new ViewDataDictionary<TModel>(MetadataProvider, actionContext.ModelState) { Model = model };
        var viewContext = new ViewContext(actionContext, NullView.Instance, viewData, new NullTempData(), TextWriter.Null, new HtmlHelperOptions());
        return new FormHarness<TModel>(viewContext, viewData);
    }

    public static HttpContext RequestTo(string path, string query = "", string pathBase = "")
    {
        var http = new DefaultHttpContext();
        http.Request.PathBase = pathBase;
        http.Request.Path = path;
        http.Request.QueryString = new QueryString(query);
        return http;
    }

    /// <summary>Records what a form post put in ModelState: the attempted value and, optionally, an error.</summary>
    public static void Posted(this ModelStateDictionary modelState, string key, StringValues value, string? error = null)
    {
        modelState.SetModelValue(key, new ValueProviderResult(value, CultureInfo.InvariantCulture));
        if (error is not null)
        {
            modelState.AddModelError(key, error);
        }
    }

    public static async Task<string> RenderHtmlAsync(Node node)
    {
        using var writer = new StringWriter();
        var output = await RenderAsync(node, new Dictionary<object, object>());
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>Renders the node and parses it; returns the body, whose children are what the tag helper wrote.</summary>
    public static async Task<IElement> RenderAsync(Node node) => Parse(await RenderHtmlAsync(node));

    public static IElement Parse(string html) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;

    /// <summary>The single element rendered by the node.</summary>
    public static async Task<IElement> RenderElementAsync(Node node)
    {
        var body = await RenderAsync(node);
        return Assert.Single(body.Children);
    }

    private static async Task<TagHelperOutput> RenderAsync(Node node, IDictionary<object, object> items)
    {
        var context = new TagHelperContext(node.TagName, new TagHelperAttributeList(node.Attributes), items, Guid.NewGuid().ToString("N"));
        var helpers = node.Helpers.OrderBy(h => h.Order).ToList();
        foreach (var helper in helpers)
        {
            helper.Init(context);
        }

        TagHelperContent? cached = null;
        var output = new TagHelperOutput(node.TagName, new TagHelperAttributeList(node.Attributes), async (useCachedResult, encoder) =>
        {
            if (useCachedResult && cached is not null)
            {
                return cached;
            }

            var content = new DefaultTagHelperContent();
            foreach (var child in node.Children)
            {
                if (child is Node element)
                {
                    // Razor gives each child its own copy of the parent's items (after the parent's Init).
                    var childOutput = await RenderAsync(element, new Dictionary<object, object>(items));
                    using var writer = new StringWriter();
                    childOutput.WriteTo(writer, encoder ?? HtmlEncoder.Default);
                    content.AppendHtml(writer.ToString());
                }
                else
                {
                    content.AppendHtml((string)child);
                }
            }

            cached = content;
            return content;
        });

        foreach (var helper in helpers)
        {
            await helper.ProcessAsync(context, output);
        }

        // As Razor does: content a tag helper leaves alone is the element's child content.
        if (!output.IsContentModified)
        {
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }

        return output;
    }

    private sealed class NullView : IView
    {
        public static readonly NullView Instance = new();

        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NullTempData : Dictionary<string, object?>, ITempDataDictionary
    {
        public void Keep()
        {
        }

        public void Keep(string key)
        {
        }

        public void Load()
        {
        }

        public object? Peek(string key) => TryGetValue(key, out var value) ? value : null;

        public void Save()
        {
        }
    }
}

/// <summary>An element in the markup: its tag name, the tag helpers that run on it, unbound attributes and children.</summary>
public sealed class Node(string tagName, params ITagHelper[] helpers)
{
    public string TagName { get; } = tagName;

    public IReadOnlyList<ITagHelper> Helpers { get; } = helpers;

    public TagHelperAttributeList Attributes { get; } = [];

    public List<object> Children { get; } = [];

    /// <summary>Child content: strings are markup as written in the page, nodes are child elements.</summary>
    public Node Containing(params object[] children)
    {
        foreach (var child in children)
        {
            if (child is not (string or Node))
            {
                throw new ArgumentException("Children are markup strings or nodes.", nameof(children));
            }

            Children.Add(child);
        }

        return this;
    }

    public Node WithAttribute(string name, string value)
    {
        Attributes.Add(name, value);
        return this;
    }
}

/// <summary>A view context for a page model, and model expressions for its properties.</summary>
public sealed class FormHarness<TModel>(ViewContext viewContext, ViewDataDictionary<TModel> viewData)
{
    private static readonly ModelExpressionProvider Expressions = new(TagHelperHarness.MetadataProvider);

    public ViewContext ViewContext { get; } = viewContext;

    public ModelStateDictionary ModelState => ViewContext.ViewData.ModelState;

    public ModelExpression For<TValue>(Expression<Func<TModel, TValue>> expression) => Expressions.CreateModelExpression(viewData, expression);
}

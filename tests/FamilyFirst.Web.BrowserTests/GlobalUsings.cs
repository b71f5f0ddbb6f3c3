// Namespaces used across the browser tests (one in three files or more); Xunit comes from the project file.
global using FamilyFirst.Web.BrowserTests.Infrastructure;
global using FamilyFirst.Web.Data;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Playwright;

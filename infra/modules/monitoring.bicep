// Logs and telemetry: a Log Analytics workspace and a workspace-based Application Insights.

@description('Base name shared by the monitoring resources.')
@minLength(3)
@maxLength(40)
param baseName string

@description('Azure region of the monitoring resources.')
param location string

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Tags applied to the monitoring resources.')
param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

@description('Application Insights connection string, for the web app\'s APPLICATIONINSIGHTS_CONNECTION_STRING.')
output connectionString string = appInsights.properties.ConnectionString

@description('Resource id of the Log Analytics workspace.')
output workspaceId string = workspace.id

// Azure resources of « Vivre ensemble le service public », deployed into one resource group
// (by `arm/deploy` in m365agents.yml, or `az deployment group create`).
// Outputs are in UPPER_SNAKE case: the Agents Toolkit writes them to env/.env.<env> under those names.
targetScope = 'resourceGroup'

@description('Base of every resource name: lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Azure region of the regional resources; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Name of the bot as shown in the Azure portal.')
@minLength(1)
@maxLength(42)
param botDisplayName string = 'Vivre ensemble'

@description('Bot Service location: global, or westeurope to keep bot data in the EU.')
@allowed([
  'global'
  'westeurope'
])
param botLocation string = 'global'

@description('App Service plan tier.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Entra app (client) id of the tab single sign-on, created by aadApp/create.')
@minLength(36)
@maxLength(36)
param ssoAppId string

@description('Comma-separated Entra tenant ids allowed to use the bot; defaults to the deployment tenant.')
param allowedTenantIds string = tenant().tenantId

@description('Custom public host name already bound to the web app; empty to use the default *.azurewebsites.net name.')
param customHostname string = ''

@description('Days the Log Analytics workspace keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Tags applied to every resource.')
param tags object = {
  application: 'vivre-ensemble'
}

var baseName = toLower(resourceBaseName)
// Web app, bot and storage names are global: a stable suffix per resource group avoids collisions.
var suffix = substring(uniqueString(resourceGroup().id, baseName), 0, 6)
var webAppName = '${baseName}-${suffix}'
var storageName = take('${replace(baseName, '-', '')}${uniqueString(resourceGroup().id, baseName)}', 24)
var publicHostname = empty(customHostname) ? '${webAppName}.azurewebsites.net' : customHostname

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${baseName}-identity'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: baseName
    location: location
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageName
    location: location
    principalId: identity.outputs.principalId
    tags: tags
  }
}

module appService 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    name: webAppName
    location: location
    skuName: appServiceSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: identity.outputs.tenantId
    storageTableEndpoint: storage.outputs.tableEndpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    publicHostname: publicHostname
    allowedTenantIds: allowedTenantIds
    ssoAppId: ssoAppId
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${baseName}-bot-${suffix}'
    displayName: botDisplayName
    location: botLocation
    msaAppId: identity.outputs.clientId
    msaAppMSIResourceId: identity.outputs.id
    msaAppTenantId: identity.outputs.tenantId
    endpointHost: publicHostname
    tags: tags
  }
}

@description('Bot app id (the managed identity\'s client id): MicrosoftAppId, and botId in the Teams manifest.')
output BOT_ID string = identity.outputs.clientId

@description('Tenant of the bot identity: MicrosoftAppTenantId.')
output BOT_TENANT_ID string = identity.outputs.tenantId

@description('Resource id of the web app, used by azureAppService/zipDeploy.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = appService.outputs.id

@description('Public host name of the app, used by the Teams manifest and the Entra app id URI.')
output PUBLIC_HOSTNAME string = publicHostname

@description('Table endpoint the app uses (STORAGE_ACCOUNT_URL).')
output STORAGE_ACCOUNT_URL string = storage.outputs.tableEndpoint

@description('Bot messaging endpoint, for checking the registration.')
output BOT_ENDPOINT string = bot.outputs.endpoint

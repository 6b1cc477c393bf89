// The Node web app serving the bot endpoint, the tab, its API and the join page, on a Linux plan.

@description('Web app name, unique in Azure (it is also the default host name).')
@minLength(2)
@maxLength(60)
param name string

@description('Azure region of the plan and the web app.')
param location string

@description('App Service plan tier; Always On needs Basic or above.')
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
param skuName string = 'B1'

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity: the bot\'s MicrosoftAppId and AZURE_CLIENT_ID.')
param identityClientId string

@description('Tenant of that identity: MicrosoftAppTenantId.')
param tenantId string

@description('Table service endpoint of the storage account (STORAGE_ACCOUNT_URL).')
param storageTableEndpoint string

@description('Application Insights connection string (APPLICATIONINSIGHTS_CONNECTION_STRING).')
param appInsightsConnectionString string

@description('Public host name of the app, without scheme (PUBLIC_HOSTNAME).')
param publicHostname string

@description('Comma-separated Entra tenant ids whose Teams may use the bot (ALLOWED_TENANT_IDS).')
param allowedTenantIds string

@description('Entra app id of the tab single sign-on (SSO_APP_ID).')
param ssoAppId string

// A young generation of 4 MiB instead of V8's default keeps a workshop burst under 200 MiB of RSS
// (180 against 203-225 MiB in `npm run bench -- workshopBurst`, which runs its server with the same flag).
@description('Command that starts the built server (the production entry point; dist/bot/start.js is the local launcher with Azurite).')
param startupCommand string = 'node --max-semi-space-size=4 dist/bot/main.js'

@description('Tags applied to the plan and the web app.')
param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: startupCommand
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/api/health'
      appSettings: [
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          // App Service forwards traffic to PORT on the container's interface, not to loopback.
          name: 'HOST'
          value: '0.0.0.0'
        }
        {
          name: 'MicrosoftAppId'
          value: identityClientId
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenantId
        }
        {
          name: 'STORAGE_ACCOUNT_URL'
          value: storageTableEndpoint
        }
        {
          // Tells DefaultAzureCredential which of the attached identities to use.
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          name: 'PUBLIC_HOSTNAME'
          value: publicHostname
        }
        {
          name: 'ALLOWED_TENANT_IDS'
          value: allowedTenantIds
        }
        {
          name: 'SSO_APP_ID'
          value: ssoAppId
        }
        {
          // The deployed folder is already built, with its node_modules.
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
      ]
    }
  }
}

@description('Resource id of the web app, for zip deploy.')
output id string = site.id

@description('Default host name of the web app.')
output defaultHostName string = site.properties.defaultHostName

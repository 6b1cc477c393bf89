// The Azure Bot registration: it authenticates as the user-assigned managed identity and sends
// Teams traffic to the web app's /api/messages.

@description('Bot resource name (its handle), unique in Azure.')
@minLength(2)
@maxLength(64)
param name string

@description('Name of the bot as shown in the Azure portal.')
@minLength(1)
@maxLength(42)
param displayName string

@description('Bot Service location: global, or westeurope to keep bot data in the EU.')
@allowed([
  'global'
  'westeurope'
])
param location string = 'global'

@description('Pricing tier; Teams is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

@description('Client id of the managed identity the bot authenticates as (MicrosoftAppId).')
param msaAppId string

@description('Resource id of that managed identity.')
param msaAppMSIResourceId string

@description('Tenant of that managed identity (MicrosoftAppTenantId).')
param msaAppTenantId string

@description('Public host name of the web app that receives the messages.')
param endpointHost string

@description('Tags applied to the bot.')
param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${endpointHost}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: msaAppId
    msaAppMSIResourceId: msaAppMSIResourceId
    msaAppTenantId: msaAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Name of the bot resource.')
output name string = bot.name

@description('Messaging endpoint registered for the bot.')
output endpoint string = bot.properties.endpoint

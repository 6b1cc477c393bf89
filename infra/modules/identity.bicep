// The one identity the app runs as: the bot authenticates to Bot Framework with it
// (MicrosoftAppType UserAssignedMSI) and reads/writes the tables with it. No secret exists anywhere.

@description('Name of the user-assigned managed identity.')
@minLength(3)
@maxLength(128)
param name string

@description('Azure region of the identity.')
param location string

@description('Tags applied to the identity.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, to attach the identity to the web app and the bot.')
output id string = identity.id

@description('Client id: the bot\'s MicrosoftAppId and the AZURE_CLIENT_ID of the web app.')
output clientId string = identity.properties.clientId

@description('Principal (object) id, for role assignments.')
output principalId string = identity.properties.principalId

@description('Tenant of the identity: the bot\'s MicrosoftAppTenantId.')
output tenantId string = identity.properties.tenantId

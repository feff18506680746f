import type { Ecosystem } from '../manifests/dependency.ts';

/**
 * Dependencies on one vendor's proprietary service or SDK, which tie a deployment to that vendor (a
 * threat to platform independence under the DPG Standard). Matched against {@link dependencyKey}. Extend
 * by adding a row; `fromMajor` limits a row to versions from that major version up (Mapbox GL JS became
 * proprietary with version 2).
 */
export const proprietarySdks: readonly {
  vendor: string;
  ecosystem?: Ecosystem;
  name: RegExp;
  fromMajor?: number;
}[] = [
  {
    vendor: 'Google Firebase',
    ecosystem: 'npm',
    name: /^(firebase|firebase-admin|firebase-functions|@firebase\/.+|@react-native-firebase\/.+)$/,
  },
  { vendor: 'Google Firebase', ecosystem: 'maven', name: /^com\.google\.firebase:/ },
  { vendor: 'Google Firebase', ecosystem: 'pypi', name: /^(firebase-admin|pyrebase4?)$/ },
  { vendor: 'Google Firebase', ecosystem: 'nuget', name: /^FirebaseAdmin$/ },
  { vendor: 'Google Firebase', ecosystem: 'golang', name: /^firebase\.google\.com\/go/ },
  { vendor: 'Google Firebase', ecosystem: 'composer', name: /^kreait\/firebase-php$/ },
  { vendor: 'Google Play services', ecosystem: 'maven', name: /^com\.google\.android\.gms:/ },
  { vendor: 'Google Cloud', ecosystem: 'npm', name: /^(@google-cloud\/.+|googleapis)$/ },
  { vendor: 'Google Cloud', ecosystem: 'pypi', name: /^(google-cloud-.+|google-api-python-client)$/ },
  { vendor: 'Google Cloud', ecosystem: 'maven', name: /^com\.google\.cloud:/ },
  { vendor: 'Google Cloud', ecosystem: 'golang', name: /^cloud\.google\.com\/go/ },
  { vendor: 'Google Cloud', ecosystem: 'nuget', name: /^Google\.Cloud\./ },
  { vendor: 'Google Cloud', ecosystem: 'gem', name: /^google-cloud-.+$/ },
  {
    vendor: 'Google Maps',
    ecosystem: 'npm',
    name: /^(@googlemaps\/.+|@react-google-maps\/api|google-maps-react|@vis\.gl\/react-google-maps)$/,
  },
  { vendor: 'Google Maps', ecosystem: 'pypi', name: /^googlemaps$/ },
  { vendor: 'Google Maps', ecosystem: 'maven', name: /^com\.google\.maps:/ },
  {
    vendor: 'Amazon Web Services',
    ecosystem: 'npm',
    name: /^(aws-sdk|@aws-sdk\/.+|aws-amplify|@aws-amplify\/.+)$/,
  },
  { vendor: 'Amazon Web Services', ecosystem: 'pypi', name: /^(boto3|botocore|aiobotocore|aws-cdk-lib)$/ },
  { vendor: 'Amazon Web Services', ecosystem: 'maven', name: /^(com\.amazonaws|software\.amazon\.awssdk):/ },
  { vendor: 'Amazon Web Services', ecosystem: 'golang', name: /^github\.com\/aws\/aws-sdk-go/ },
  { vendor: 'Amazon Web Services', ecosystem: 'nuget', name: /^AWSSDK\./ },
  { vendor: 'Amazon Web Services', ecosystem: 'gem', name: /^aws-sdk/ },
  { vendor: 'Amazon Web Services', ecosystem: 'composer', name: /^aws\/aws-sdk-php$/ },
  { vendor: 'Amazon Web Services', ecosystem: 'cargo', name: /^aws-(sdk|config)/ },
  { vendor: 'Microsoft Azure', ecosystem: 'npm', name: /^(@azure\/.+|azure-storage|applicationinsights)$/ },
  { vendor: 'Microsoft Azure', ecosystem: 'pypi', name: /^azure-.+$/ },
  { vendor: 'Microsoft Azure', ecosystem: 'maven', name: /^(com\.azure|com\.microsoft\.azure):/ },
  { vendor: 'Microsoft Azure', ecosystem: 'golang', name: /^github\.com\/Azure\/azure-sdk-for-go/ },
  { vendor: 'Microsoft Azure', ecosystem: 'nuget', name: /^(Azure\.|Microsoft\.Azure\.)/ },
  { vendor: 'Microsoft Azure', ecosystem: 'gem', name: /^azure/ },
  { vendor: 'Mapbox', ecosystem: 'npm', name: /^(mapbox-gl|react-map-gl)$/, fromMajor: 2 },
  { vendor: 'Mapbox', ecosystem: 'maven', name: /^com\.mapbox\.maps:/ },
  {
    vendor: 'Twilio',
    name: /^(twilio|twilio\/sdk|com\.twilio\.sdk:twilio|github\.com\/twilio\/twilio-go|Twilio)$/,
  },
  {
    vendor: 'Stripe',
    name: /^(stripe|@stripe\/.+|stripe\/stripe-php|com\.stripe:stripe-java|github\.com\/stripe\/stripe-go.*|Stripe\.net)$/,
  },
  { vendor: 'Auth0', name: /^(auth0|@auth0\/.+|auth0-python|com\.auth0:.+|auth0\/auth0-php)$/ },
  { vendor: 'Okta', name: /^(@okta\/.+|okta|com\.okta\..+)$/ },
  {
    vendor: 'Algolia',
    name: /^(algoliasearch|@algolia\/.+|algolia\/algoliasearch-client-php|com\.algolia:.+)$/,
  },
  { vendor: 'Pusher', name: /^(pusher|pusher-js|pusher\/pusher-php-server)$/ },
  { vendor: 'Twilio SendGrid', name: /^(@sendgrid\/.+|sendgrid|sendgrid\/sendgrid)$/ },
  { vendor: 'OneSignal', name: /^(onesignal|react-onesignal|@onesignal\/.+|onesignal-node)$/ },
  { vendor: 'Segment', name: /^(@segment\/.+|analytics-node|analytics-python|segment-analytics-python)$/ },
  { vendor: 'Mixpanel', name: /^(mixpanel|mixpanel-browser|mixpanel\/mixpanel-php)$/ },
  { vendor: 'Datadog', name: /^(dd-trace|datadog|@datadog\/.+|ddtrace)$/ },
  { vendor: 'New Relic', name: /^(newrelic|@newrelic\/.+|com\.newrelic\.agent\.java:.+)$/ },
  { vendor: 'Huawei Mobile Services', ecosystem: 'maven', name: /^com\.huawei\.(hms|agconnect):/ },
  { vendor: 'Oracle Database', ecosystem: 'maven', name: /^com\.oracle\.(database\.jdbc|ojdbc):/ },
];

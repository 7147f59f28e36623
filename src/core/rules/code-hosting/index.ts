import { IRule } from '../../types';
import { atlassianApiToken } from './atlassian-api-token';
import { bitbucketAppPassword } from './bitbucket-app-password';
import { clojarsDeployToken } from './clojars-deploy-token';
import { codeclimateReporterId } from './codeclimate-reporter-id';
import { codecovToken } from './codecov-token';
import { cratesIoApiToken } from './crates-io-api-token';
import { dependencyTrackApiKey } from './dependency-track-api-key';
import { githubClientSecret } from './github-client-secret';
import { harnessToken } from './harness-token';
import { jenkinsApiToken } from './jenkins-api-token';
import { jfrogToken } from './jfrog-token';
import { launchdarklyKey } from './launchdarkly-key';
import { nugetApiKey } from './nuget-api-key';
import { octopusDeployApiKey } from './octopus-deploy-api-key';
import { postmanApiKey } from './postman-api-key';
import { rubygemsApiKey } from './rubygems-api-key';
import { snykApiToken } from './snyk-api-token';
import { sonarqubeToken } from './sonarqube-token';
import { sourcegraphAccessToken } from './sourcegraph-access-token';
import { travisCiToken } from './travis-ci-token';

/** Rules for code hosting, developer tools and package registries. */
export const codeHostingRules: readonly IRule[] = [
  atlassianApiToken,
  bitbucketAppPassword,
  clojarsDeployToken,
  codeclimateReporterId,
  codecovToken,
  cratesIoApiToken,
  dependencyTrackApiKey,
  githubClientSecret,
  harnessToken,
  jenkinsApiToken,
  jfrogToken,
  launchdarklyKey,
  nugetApiKey,
  octopusDeployApiKey,
  postmanApiKey,
  rubygemsApiKey,
  snykApiToken,
  sonarqubeToken,
  sourcegraphAccessToken,
  travisCiToken
];

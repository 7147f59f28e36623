import { IRule } from '../../types';
import { atlassianApiToken } from './atlassian-api-token';
import { bitbucketAppPassword } from './bitbucket-app-password';
import { clojarsDeployToken } from './clojars-deploy-token';
import { harnessToken } from './harness-token';
import { jfrogToken } from './jfrog-token';
import { nugetApiKey } from './nuget-api-key';
import { octopusDeployApiKey } from './octopus-deploy-api-key';
import { postmanApiKey } from './postman-api-key';
import { rubygemsApiKey } from './rubygems-api-key';
import { sonarqubeToken } from './sonarqube-token';
import { sourcegraphAccessToken } from './sourcegraph-access-token';

/** Rules for code hosting, developer tools and package registries. */
export const codeHostingRules: readonly IRule[] = [
  atlassianApiToken,
  bitbucketAppPassword,
  clojarsDeployToken,
  harnessToken,
  jfrogToken,
  nugetApiKey,
  octopusDeployApiKey,
  postmanApiKey,
  rubygemsApiKey,
  sonarqubeToken,
  sourcegraphAccessToken
];
